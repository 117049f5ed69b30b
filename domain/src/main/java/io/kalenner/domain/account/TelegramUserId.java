package io.kalenner.domain.account;

/** The Telegram user an account belongs to; also the id of the user's private chat with the bot. */
public record TelegramUserId(long value) {
    public TelegramUserId {
        if (value <= 0) {
            throw new IllegalArgumentException("a Telegram user id is positive: " + value);
        }
    }
}
