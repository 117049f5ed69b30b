package io.kalenner.adapter.telegram.chat;

import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** A text with its inline keyboard: sent as a new message, or put in place of an older one. */
public record Screen(String text, InlineKeyboardMarkup keyboard) {

    public static Screen text(String text) {
        return new Screen(text, Keyboards.none());
    }

    public SendMessage sendTo(long chatId) {
        var message = SendMessage.builder().chatId(chatId).text(text);
        if (!keyboard.getKeyboard().isEmpty()) {
            message.replyMarkup(keyboard);
        }
        return message.build();
    }

    public EditMessageText replace(long chatId, int messageId) {
        var edit = EditMessageText.builder().chatId(chatId).messageId(messageId).text(text);
        if (!keyboard.getKeyboard().isEmpty()) {
            edit.replyMarkup(keyboard);
        }
        return edit.build();
    }
}
