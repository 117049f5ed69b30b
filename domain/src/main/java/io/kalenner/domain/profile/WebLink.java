package io.kalenner.domain.profile;

import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An absolute {@code http} or {@code https} address with a host, at most {@link #MAX_LENGTH}
 * characters: the only kind a profile links to, so a page never carries a {@code javascript:} link.
 */
public record WebLink(String url) {

    public static final int MAX_LENGTH = 500;
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
    // scheme, host (no user info), optional port, then a path, query or fragment of visible characters that are safe in HTML
    private static final Pattern FORM = Pattern.compile(
            "(?i:https?)://" + LABEL + "(?:\\." + LABEL + ")*(?::[0-9]{1,5})?(?:[/?#][^\\s<>\"'`\\\\{}|^]*)?");

    public WebLink {
        Objects.requireNonNull(url, "url");
        if (!valid(url)) {
            throw new IllegalArgumentException("not an http(s) link: \"" + url + "\"");
        }
    }

    /** The link the text names; anything but an absolute http(s) URL with a host is {@code INVALID_URL}. */
    public static Either<Rejection, WebLink> parse(String text) {
        String candidate = text == null ? "" : text.strip();
        return valid(candidate) ? Either.right(new WebLink(candidate)) : Rejection.of(Rejection.Reason.INVALID_URL).asLeft();
    }

    private static boolean valid(String candidate) {
        return candidate.length() <= MAX_LENGTH && FORM.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return url;
    }
}
