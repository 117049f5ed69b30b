package io.kalenner.domain.profile;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The last part of a profile page's address ({@code /p/<slug>}): 3 to 40 lower-case Latin
 * letters, digits and single hyphens, starting with a letter and not ending with a hyphen, so it is
 * safe in a URL as it is. Unique among profiles; the repository keeps that.
 */
public record Slug(String value) {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = 40;
    private static final Pattern FORM = Pattern.compile("[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*");

    public Slug {
        Objects.requireNonNull(value, "value");
        if (!valid(value)) {
            throw new IllegalArgumentException("not a slug: \"" + value + "\"");
        }
    }

    /** The slug the text names, trimmed and lower-cased; anything else is {@code INVALID_SLUG}. */
    public static Either<Rejection, Slug> parse(String text) {
        String candidate = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return valid(candidate)
                ? Either.right(new Slug(candidate))
                : Rejection.of(Rejection.Reason.INVALID_SLUG, MIN_LENGTH + "-" + MAX_LENGTH).asLeft();
    }

    /** The slug a provider gets before choosing one: derived from its account id, so it is unique too. */
    public static Slug defaultFor(AccountId provider) {
        return new Slug("p-" + provider.value().toString().replace("-", "").substring(0, 12));
    }

    private static boolean valid(String candidate) {
        return candidate.length() >= MIN_LENGTH && candidate.length() <= MAX_LENGTH && FORM.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
