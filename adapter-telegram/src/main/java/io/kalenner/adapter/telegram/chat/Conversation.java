package io.kalenner.adapter.telegram.chat;

import io.kalenner.adapter.telegram.i18n.Formats;
import io.kalenner.adapter.telegram.i18n.Texts;
import io.kalenner.domain.account.Account;

/** Who is talking to the bot in which chat, and how to speak to them. */
public record Conversation(Account account, long chatId, Texts texts, Formats formats) {

    public static Conversation of(Account account, long chatId) {
        Texts texts = Texts.of(account.language());
        return new Conversation(account, chatId, texts, new Formats(texts, account.timeSetting()));
    }

    public String text(String key, Object... arguments) {
        return texts.get(key, arguments);
    }
}
