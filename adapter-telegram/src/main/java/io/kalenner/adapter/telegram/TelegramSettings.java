package io.kalenner.adapter.telegram;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach the Bot API.
 *
 * @param apiUrl Telegram's {@code https://api.telegram.org}, a local Bot API server, or the sandbox
 */
public record TelegramSettings(String token, URI apiUrl) {

    public static final URI TELEGRAM = URI.create("https://api.telegram.org");

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
    }

    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl + "]"; // never the token
    }
}
