package io.kalenner.adapter.telegram.events;

import java.time.Duration;

/**
 * A watcher of the bot. Called on the bot's own threads, so an implementation is quick and never
 * throws. The arguments are closed sets or Bot API method names: nothing a user wrote.
 */
public interface BotEvents {

    /** Watches nothing. */
    BotEvents NONE = new BotEvents() {
        @Override
        public void updateHandled(UpdateKind kind, Duration took) {
        }

        @Override
        public void updatesRepeated(int count) {
        }

        @Override
        public void apiError(ApiError error, String method) {
        }

        @Override
        public void sent(String method) {
        }
    };

    /** An update was routed and handled (also when its flow refused it), taking {@code took}. */
    void updateHandled(UpdateKind kind, Duration took);

    /** Updates delivered again (their receipt was there already) were left out, unhandled. */
    void updatesRepeated(int count);

    /** One Bot API call attempt failed; a retried call may report several. */
    void apiError(ApiError error, String method);

    /** A message went out: {@code method} is {@code sendMessage}, {@code sendPhoto}, … */
    void sent(String method);

    /** What an update carried, as far as routing cares. */
    enum UpdateKind {
        MESSAGE, CALLBACK_QUERY, OTHER
    }

    /** How a Bot API call failed. */
    enum ApiError {
        TOO_MANY_REQUESTS, FORBIDDEN, BAD_REQUEST, SERVER_ERROR, NETWORK, OTHER;

        /** The error of an HTTP status Telegram answered with. */
        public static ApiError ofCode(int code) {
            if (code == 429) {
                return TOO_MANY_REQUESTS;
            }
            if (code == 403) {
                return FORBIDDEN;
            }
            if (code == 400) {
                return BAD_REQUEST;
            }
            return code >= 500 && code < 600 ? SERVER_ERROR : OTHER;
        }

        /** The label a metric carries: {@code 429}, {@code 403}, {@code 400}, {@code 5xx}, {@code network}, {@code other}. */
        public String label() {
            return switch (this) {
                case TOO_MANY_REQUESTS -> "429";
                case FORBIDDEN -> "403";
                case BAD_REQUEST -> "400";
                case SERVER_ERROR -> "5xx";
                case NETWORK -> "network";
                case OTHER -> "other";
            };
        }
    }
}
