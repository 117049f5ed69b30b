package io.kalenner.adapter.telegram;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach the Bot API, and where users reach us.
 *
 * @param apiUrl Telegram's {@code https://api.telegram.org}, a local Bot API server, or the sandbox;
 *     files users send are downloaded from {@code <apiUrl>/file/bot<token>/<file_path>}
 * @param publicUrl the web server's address as users' browsers reach it: download links are
 *     {@code <publicUrl>/d/<token>}, profile pages {@code <publicUrl>/p/<slug>} ({@link #LOCAL_WEB} unless given)
 */
public record TelegramSettings(String token, URI apiUrl, URI publicUrl) {

    public static final URI TELEGRAM = URI.create("https://api.telegram.org");
    public static final URI LOCAL_WEB = URI.create("http://localhost:8080");

    public TelegramSettings {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(publicUrl, "publicUrl");
    }

    public TelegramSettings(String token, URI apiUrl) {
        this(token, apiUrl, LOCAL_WEB);
    }

    @Override
    public String toString() {
        return "TelegramSettings[apiUrl=" + apiUrl + ", publicUrl=" + publicUrl + "]"; // never the token
    }
}
