package io.kalenner.adapter.telegram;

import java.net.URI;
import java.util.Objects;

/**
 * Where the bot takes its updates from: long polling ({@code getUpdates}), or a webhook Telegram
 * posts each update to, which the program serves and hands to {@link TelegramBot#receive}.
 */
public interface UpdateSource {

    static UpdateSource polling() {
        return new Polling();
    }

    /**
     * Telegram posts updates to {@code url}, each with {@code secret} in its
     * {@code X-Telegram-Bot-Api-Secret-Token} header.
     */
    static UpdateSource webhook(URI url, String secret) {
        return new Webhook(url, secret);
    }

    /** Long polling: telegrambots asks for updates and waits for them. */
    record Polling() implements UpdateSource {
    }

    /** A webhook at {@code url}; the secret is never shown by {@link #toString()}. */
    record Webhook(URI url, String secret) implements UpdateSource {

        public Webhook {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String toString() {
            return "Webhook[url=" + url + "]";
        }
    }
}
