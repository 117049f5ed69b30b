package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.kalenner.sandbox.botapi.ApiOutcome.Refusal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Telegram's limits on what a message carries, each refused with Telegram's own words. */
final class MessageRules {

    static final int TEXT_LIMIT = 4096;
    static final int CAPTION_LIMIT = 1024;
    static final int CALLBACK_DATA_BYTES = 64;
    static final int CALLBACK_ANSWER_LIMIT = 200;

    /** Fields that give an inline button its action; a button with none is a "text button". */
    private static final List<String> BUTTON_ACTIONS = List.of("url", "callback_data", "web_app", "login_url",
            "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
            "copy_text", "callback_game", "pay");

    private MessageRules() {
    }

    /**
     * Text as the user sees it after the parse mode and without surrounding white space (Telegram
     * strips it), its entities, or why Telegram refuses it. HTML is read as Telegram reads it;
     * Markdown and MarkdownV2 pass through unparsed (not simulated).
     */
    record Formatted(String plain, List<TextEntity> entities, Optional<Refusal> refusal) {

        Formatted {
            int stripped = plain.length() - plain.stripLeading().length();
            String kept = plain.strip();
            entities = entities.stream().map(entity -> entity.shiftedInto(stripped, kept.length()))
                    .filter(entity -> entity.length() > 0).toList();
            plain = kept;
        }

        static Formatted of(String raw, Optional<String> parseMode) {
            String mode = parseMode.map(name -> name.toLowerCase(Locale.ROOT)).orElse("");
            return switch (mode) {
                case "", "markdown", "markdownv2" -> new Formatted(raw, List.of(), Optional.empty());
                case "html" -> html(raw);
                default -> new Formatted(raw, List.of(), Optional.of(Refusal.badRequest("unsupported parse_mode")));
            };
        }

        private static Formatted html(String raw) {
            HtmlText html = HtmlText.parse(raw);
            return new Formatted(html.plain(), html.entities(), html.error().map(why -> Refusal.badRequest("can't parse entities: " + why)));
        }

        /** The entities as the Message's {@code entities} or {@code caption_entities} field; empty when none. */
        Optional<ArrayNode> entitiesJson() {
            if (entities.isEmpty()) {
                return Optional.empty();
            }
            ArrayNode array = TelegramJson.array();
            entities.forEach(entity -> array.add(entity.toJson()));
            return Optional.of(array);
        }
    }

    static Optional<Refusal> text(Formatted text) {
        if (text.refusal().isPresent()) {
            return text.refusal();
        }
        if (text.plain().isEmpty()) {
            return Optional.of(Refusal.badRequest("message text is empty"));
        }
        if (text.plain().length() > TEXT_LIMIT) {
            return Optional.of(Refusal.badRequest("message is too long"));
        }
        return Optional.empty();
    }

    static Optional<Refusal> caption(Formatted caption) {
        if (caption.refusal().isPresent()) {
            return caption.refusal();
        }
        if (caption.plain().length() > CAPTION_LIMIT) {
            return Optional.of(Refusal.badRequest("message caption is too long"));
        }
        return Optional.empty();
    }

    static Optional<Refusal> replyMarkup(Optional<JsonNode> markup) {
        if (markup.isEmpty() || !markup.get().has("inline_keyboard")) {
            return Optional.empty();
        }
        for (JsonNode row : markup.get().get("inline_keyboard")) {
            for (JsonNode button : row) {
                Optional<Refusal> refusal = inlineButton(button);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> inlineButton(JsonNode button) {
        if (BUTTON_ACTIONS.stream().noneMatch(button::has)) {
            return Optional.of(Refusal.badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"));
        }
        if (button.has("callback_data")) {
            int bytes = button.get("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < 1 || bytes > CALLBACK_DATA_BYTES) {
                return Optional.of(Refusal.badRequest("BUTTON_DATA_INVALID"));
            }
        }
        return Optional.empty();
    }

    static Optional<Refusal> callbackAnswerText(String text) {
        return text.length() > CALLBACK_ANSWER_LIMIT ? Optional.of(Refusal.badRequest("MESSAGE_TOO_LONG")) : Optional.empty();
    }
}
