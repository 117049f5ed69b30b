package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A message as Telegram keeps it (its Message object) plus what the chat shows around it. Guarded by its chat. */
final class StoredMessage {

    private ObjectNode json;
    private final List<List<String>> replyKeyboard;
    private boolean edited;
    private boolean deleted;

    StoredMessage(ObjectNode json, List<List<String>> replyKeyboard) {
        this.json = json;
        this.replyKeyboard = replyKeyboard;
    }

    ObjectNode json() {
        return json.deepCopy();
    }

    boolean fromBot() {
        return json.path("from").path("is_bot").asBoolean();
    }

    boolean deleted() {
        return deleted;
    }

    boolean hasText() {
        return json.has("text");
    }

    String text() {
        return json.path("text").asText("");
    }

    JsonNode inlineMarkup() {
        return json.path("reply_markup");
    }

    void replace(ObjectNode editedJson) {
        json = editedJson;
        edited = true;
    }

    void delete() {
        deleted = true;
    }

    ChatMessage view() {
        String text = json.has("text") ? json.get("text").asText() : json.path("caption").asText("");
        return new ChatMessage(json.get("message_id").asLong(), fromBot(), Instant.ofEpochSecond(json.get("date").asLong()),
                text, attachment(), ReplyMarkup.inlineButtons(inlineMarkup()), replyKeyboard, edited, deleted);
    }

    private Optional<Attachment> attachment() {
        if (json.has("document")) {
            JsonNode document = json.get("document");
            return Optional.of(new Attachment(Attachment.Kind.DOCUMENT, document.get("file_id").asText(),
                    document.path("file_name").asText(""), document.path("mime_type").asText(""), document.path("file_size").asLong()));
        }
        if (json.has("photo")) {
            JsonNode largest = json.get("photo").get(json.get("photo").size() - 1);
            return Optional.of(new Attachment(Attachment.Kind.PHOTO, largest.get("file_id").asText(), "", "image/jpeg",
                    largest.path("file_size").asLong()));
        }
        return Optional.empty();
    }
}
