package io.kalenner.domain.profile;

import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A page's accent colour as CSS writes it: {@code #rrggbb}, lower case. */
public record AccentColour(String hex) {

    private static final Pattern FORM = Pattern.compile("#[0-9a-f]{6}");
    public static final AccentColour DEFAULT = new AccentColour("#2a6fdb");

    public AccentColour {
        Objects.requireNonNull(hex, "hex");
        if (!FORM.matcher(hex).matches()) {
            throw new IllegalArgumentException("not a colour: \"" + hex + "\"");
        }
    }

    /** The colour the text names as {@code #rrggbb} (either case); anything else is {@code INVALID_COLOUR}. */
    public static Either<Rejection, AccentColour> parse(String text) {
        String candidate = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return FORM.matcher(candidate).matches()
                ? Either.right(new AccentColour(candidate))
                : Rejection.of(Rejection.Reason.INVALID_COLOUR).asLeft();
    }

    @Override
    public String toString() {
        return hex;
    }
}
