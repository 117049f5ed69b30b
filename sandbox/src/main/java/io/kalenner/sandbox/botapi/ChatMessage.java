package io.kalenner.sandbox.botapi;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A message in a simulated private chat as the user sees it at one moment. {@code text} is the
 * text or the caption ("" for none); {@code replyKeyboard} is the reply keyboard this message set,
 * empty when it set none.
 */
public record ChatMessage(long id, boolean fromBot, Instant date, String text, Optional<Attachment> attachment,
        List<List<InlineButton>> inlineKeyboard, List<List<String>> replyKeyboard, boolean edited, boolean deleted) {

    public ChatMessage {
        inlineKeyboard = inlineKeyboard.stream().map(List::copyOf).toList();
        replyKeyboard = replyKeyboard.stream().map(List::copyOf).toList();
    }

    /** The inline buttons' texts, row by row. */
    public List<List<String>> inlineButtonLabels() {
        return inlineKeyboard.stream().map(row -> row.stream().map(InlineButton::text).toList()).toList();
    }

    /** The url buttons: their text to their url, in keyboard order. */
    public Map<String, String> urlButtons() {
        Map<String, String> urls = new LinkedHashMap<>();
        inlineKeyboard.stream().flatMap(List::stream)
                .forEach(button -> button.url().ifPresent(url -> urls.putIfAbsent(button.text(), url)));
        return urls;
    }
}
