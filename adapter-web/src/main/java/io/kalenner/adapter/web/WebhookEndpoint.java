package io.kalenner.adapter.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where Telegram posts updates in webhook mode: {@code POST <path>}. A request whose
 * {@code X-Telegram-Bot-Api-Secret-Token} header is not {@code secret} (compared in constant time)
 * answers 401 and reaches nothing; otherwise the body goes to {@code receiver}, which throws
 * {@link IllegalArgumentException} for a body that is no update (answered 400) and
 * {@link IllegalStateException} while it cannot take updates (answered 503, so Telegram tries again).
 */
public record WebhookEndpoint(String path, String secret, Consumer<String> receiver) {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    public WebhookEndpoint {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(receiver, "receiver");
        if (!path.startsWith("/") || path.length() < 2) {
            throw new IllegalArgumentException("a webhook path starts with / and names something");
        }
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook secret is never empty");
        }
    }

    /** Whether a request's header holds the secret; the time taken does not depend on how much of it matched. */
    boolean admits(String header) {
        byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[path=" + path + "]"; // never the secret
    }
}
