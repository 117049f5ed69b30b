package io.kalenner.domain.profile;

import io.kalenner.domain.Rejection;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * How a profile page looks: a theme, an accent colour, and the sections it shows in the order it
 * shows them; a section not listed is hidden. Each section is listed at most once.
 */
public record Design(Theme theme, AccentColour accent, List<Section> sections) {

    public static final Design DEFAULT = new Design(Theme.CLASSIC, AccentColour.DEFAULT, List.of(Section.values()));

    public Design {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(accent, "accent");
        Objects.requireNonNull(sections, "sections");
        if (sections.distinct().size() != sections.size()) {
            throw new IllegalArgumentException("a section shows once: " + sections);
        }
    }

    /** A design from a theme, a colour as text and sections in order; a section twice is {@code INVALID_INPUT}. */
    public static Either<Rejection, Design> of(Theme theme, String accent, List<Section> sections) {
        Objects.requireNonNull(theme, "theme");
        if (sections.distinct().size() != sections.size()) {
            return Rejection.of(Rejection.Reason.INVALID_INPUT, "a section listed twice").asLeft();
        }
        return AccentColour.parse(accent).map(colour -> new Design(theme, colour, sections));
    }

    public boolean shows(Section section) {
        return sections.contains(section);
    }
}
