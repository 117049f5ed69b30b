package io.kalenner.adapter.telegram;

import io.kalenner.application.inmemory.InMemoryPollingLease;
import io.kalenner.application.port.PollingLease;
import java.net.URI;
import java.util.Objects;

/**
 * Where the bot takes its updates from: long polling ({@code getUpdates}), or a webhook Telegram
 * posts each update to, which the program serves and hands to {@link TelegramBot#receive}.
 */
public interface UpdateSource {

    /** Long polling by this program alone: the lease is its own, so it polls from the start. */
    static UpdateSource polling() {
        return polling(new InMemoryPollingLease());
    }

    /**
     * Long polling while this program holds {@code lease}, which other instances compete for:
     * only one of them polls at a time.
     */
    static UpdateSource polling(PollingLease lease) {
        return new Polling(lease);
    }

    /**
     * Telegram posts updates to {@code url}, each with {@code secret} in its
     * {@code X-Telegram-Bot-Api-Secret-Token} header.
     */
    static UpdateSource webhook(URI url, String secret) {
        return new Webhook(url, secret);
    }

    /** Long polling: telegrambots asks for updates and waits for them, while the lease is held. */
    record Polling(PollingLease lease) implements UpdateSource {

        public Polling {
            Objects.requireNonNull(lease, "lease");
        }
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
