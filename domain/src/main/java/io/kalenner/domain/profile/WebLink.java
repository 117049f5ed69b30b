package io.kalenner.domain.profile;

import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * An absolute {@code http} or {@code https} address with a host, at most {@link #MAX_LENGTH}
 * characters: the only kind a profile links to, so a page never carries a {@code javascript:} link.
 */
public record WebLink(String url) {

    public static final int MAX_LENGTH = 500;

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
        if (candidate.isEmpty() || candidate.length() > MAX_LENGTH || candidate.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            return false;
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    @Override
    public String toString() {
        return url;
    }
}
