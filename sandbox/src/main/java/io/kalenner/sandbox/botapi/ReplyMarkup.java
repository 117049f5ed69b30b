package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the {@code reply_markup} a bot sends: an inline keyboard, a reply keyboard, or the removal of one. */
final class ReplyMarkup {

    private ReplyMarkup() {
    }

    static Optional<JsonNode> inlineKeyboard(JsonNode markup) {
        return markup.has("inline_keyboard") ? Optional.of(markup) : Optional.empty();
    }

    /** The labels of a reply keyboard; Telegram takes a button as an object with "text" or as a bare string. */
    static Optional<List<List<String>>> replyKeyboardLabels(JsonNode markup) {
        if (!markup.has("keyboard")) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : markup.get("keyboard")) {
            List<String> labels = new ArrayList<>();
            row.forEach(button -> labels.add(button.isTextual() ? button.asText() : button.path("text").asText()));
            rows.add(List.copyOf(labels));
        }
        return Optional.of(List.copyOf(rows));
    }

    static boolean removesReplyKeyboard(JsonNode markup) {
        return markup.path("remove_keyboard").asBoolean(false);
    }

    static List<List<InlineButton>> inlineButtons(JsonNode markup) {
        List<List<InlineButton>> rows = new ArrayList<>();
        for (JsonNode row : markup.path("inline_keyboard")) {
            List<InlineButton> buttons = new ArrayList<>();
            row.forEach(button -> buttons.add(new InlineButton(button.path("text").asText(),
                    optionalText(button, "callback_data"), optionalText(button, "url"))));
            rows.add(List.copyOf(buttons));
        }
        return List.copyOf(rows);
    }

    private static Optional<String> optionalText(JsonNode json, String field) {
        return json.hasNonNull(field) ? Optional.of(json.get(field).asText()) : Optional.empty();
    }
}
