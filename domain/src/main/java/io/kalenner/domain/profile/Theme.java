package io.kalenner.domain.profile;

/** The designs a profile page can wear; each is configured with an accent colour and its sections. */
public enum Theme {
    /** Light and calm, serif headings. */
    CLASSIC,
    /** Dark background, bold sans-serif. */
    NIGHT,
    /** Warm paper tones, rounded cards. */
    WARM
}
