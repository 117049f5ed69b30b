package io.kalenner.domain.invitation;

import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The payload of an invitation link ({@code t.me/<bot>?start=<code>}). Telegram allows up to 64
 * characters of {@code [A-Za-z0-9_-]} there.
 */
public record InvitationCode(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public InvitationCode {
        Objects.requireNonNull(value, "value");
        if (!ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("not an invitation code");
        }
    }

    /** Reads a code typed or sent by someone: a malformed one is a rejection, not an exception. */
    public static Either<Rejection, InvitationCode> parse(String text) {
        return ALLOWED.matcher(text).matches()
                ? Either.right(new InvitationCode(text))
                : Rejection.of(Rejection.Reason.INVALID_INVITATION).asLeft();
    }
}
