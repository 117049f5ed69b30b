package io.kalenner.adapter.telegram.chat;

import io.vavr.collection.List;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Small builders for inline keyboards. */
public final class Keyboards {

    private Keyboards() {}

    public static InlineKeyboardButton button(String label, CallbackData data) {
        return InlineKeyboardButton.builder().text(label).callbackData(data.serialize()).build();
    }

    public static InlineKeyboardButton link(String label, String url) {
        return InlineKeyboardButton.builder().text(label).url(url).build();
    }

    /** The buttons laid out {@code perRow} to a row. */
    public static InlineKeyboardMarkup grid(List<InlineKeyboardButton> buttons, int perRow) {
        return new InlineKeyboardMarkup(buttons.grouped(perRow).map(row -> new InlineKeyboardRow(row.toJavaList())).toJavaList());
    }

    public static InlineKeyboardMarkup rows(List<List<InlineKeyboardButton>> rows) {
        return new InlineKeyboardMarkup(rows.map(row -> new InlineKeyboardRow(row.toJavaList())).toJavaList());
    }

    public static InlineKeyboardMarkup none() {
        return new InlineKeyboardMarkup(java.util.List.of());
    }
}
