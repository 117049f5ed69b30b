package io.kalenner.adapter.telegram.dashboard;

import io.kalenner.adapter.telegram.chat.Screen;
import io.vavr.control.Option;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/** The message whose button was pressed, as the user sees it, so that a screen is not put over itself. */
record Shown(int messageId, Option<String> text, Option<InlineKeyboardMarkup> keyboard) {

    static Shown of(MaybeInaccessibleMessage message) {
        if (message instanceof Message visible) {
            return new Shown(visible.getMessageId(), Option.of(visible.getText()), Option.of(visible.getReplyMarkup()));
        }
        return new Shown(message.getMessageId(), Option.none(), Option.none());
    }

    boolean sameAs(Screen screen) {
        java.util.List<?> rows = keyboard.map(k -> (java.util.List<?>) k.getKeyboard()).getOrElse(java.util.List.of());
        return text.contains(screen.text()) && rows.equals(screen.keyboard().getKeyboard());
    }
}
