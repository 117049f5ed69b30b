package io.kalenner.adapter.telegram.documents;

import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Screen;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

/**
 * The message whose button was pressed and the documents picked on it. A document's button
 * carries {@code <toggle>:[<provider>:]<document>[:<version>]:<0|1>}, the last argument saying
 * whether it is picked, so the pick lives in the message and survives a restart.
 */
record Picks(int messageId, Option<String> text, Option<InlineKeyboardMarkup> keyboard) {

    static final String PICKED = "1";
    static final String NOT_PICKED = "0";

    static Picks of(MaybeInaccessibleMessage message) {
        if (message instanceof Message visible) {
            return new Picks(visible.getMessageId(), Option.of(visible.getText()), Option.of(visible.getReplyMarkup()));
        }
        return new Picks(message.getMessageId(), Option.none(), Option.none());
    }

    /** The picked buttons' data of this toggle action, in keyboard order. */
    List<CallbackData> picked(String toggle) {
        return buttons().filter(data -> data.action().equals(toggle) && data.arguments().lastOption().contains(PICKED));
    }

    /** Every button's data, in keyboard order. */
    List<CallbackData> buttons() {
        return keyboard.map(k -> List.ofAll(k.getKeyboard()).flatMap(List::ofAll)).getOrElse(List.empty())
                .flatMap(button -> Option.of(button.getCallbackData()).flatMap(CallbackData::parse));
    }

    /** Telegram refuses an edit that changes nothing. */
    boolean shows(Screen screen) {
        java.util.List<?> rows = keyboard.map(k -> (java.util.List<?>) k.getKeyboard()).getOrElse(java.util.List.of());
        return text.contains(screen.text()) && rows.equals(screen.keyboard().getKeyboard());
    }

    static String label(String text) {
        return text.length() <= 48 ? text : text.substring(0, 47) + "…";
    }
}
