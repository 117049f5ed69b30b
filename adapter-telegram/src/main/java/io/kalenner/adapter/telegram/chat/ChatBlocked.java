package io.kalenner.adapter.telegram.chat;

/** The user blocked the bot (Telegram answered 403): nothing more is sent to that chat until they write again. */
public final class ChatBlocked extends RuntimeException {

    public ChatBlocked(long chatId) {
        super("chat " + chatId + " blocked the bot", null, false, false);
    }
}
