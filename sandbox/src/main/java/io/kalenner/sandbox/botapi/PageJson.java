package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What the sandbox page reads: users, their chats and the changes to them, in the page's own
 * camelCase shape rather than the Bot API's, so the page depends on what a user sees and nothing
 * more (no callback data, no file paths).
 */
final class PageJson {

    static final String FILES_PATH = "/sandbox/api/files/";

    private PageJson() {
    }

    static ObjectNode user(SimulatedUser user) {
        ObjectNode json = TelegramJson.object();
        json.put("id", user.id());
        json.put("firstName", user.firstName());
        json.put("languageCode", user.languageCode());
        return json;
    }

    static ObjectNode chat(SimulatedUser user, List<StoredMessage> messages, List<List<String>> replyKeyboard) {
        ObjectNode json = user(user);
        ArrayNode all = json.putArray("messages");
        messages.forEach(message -> all.add(message(message)));
        json.set("replyKeyboard", labels(replyKeyboard));
        return json;
    }

    static ObjectNode message(StoredMessage stored) {
        ChatMessage view = stored.view();
        JsonNode telegram = stored.json();
        ObjectNode json = TelegramJson.object();
        json.put("id", view.id());
        json.put("fromBot", view.fromBot());
        json.put("date", view.date().getEpochSecond());
        json.put("text", view.text());
        JsonNode entities = telegram.has("text") ? telegram.path("entities") : telegram.path("caption_entities");
        json.set("entities", entities.isArray() ? entities : TelegramJson.array());
        view.attachment().ifPresentOrElse(attachment -> json.set("attachment", attachment(attachment)), () -> json.putNull("attachment"));
        ArrayNode rows = json.putArray("inlineKeyboard");
        for (List<InlineButton> row : view.inlineKeyboard()) {
            ArrayNode buttons = rows.addArray();
            for (InlineButton button : row) {
                ObjectNode jsonButton = buttons.addObject();
                jsonButton.put("text", button.text());
                jsonButton.put("kind", button.url().isPresent() ? "url" : button.callbackData().isPresent() ? "callback" : "other");
                button.url().ifPresent(url -> jsonButton.put("url", url));
            }
        }
        json.put("edited", view.edited());
        json.put("deleted", view.deleted());
        return json;
    }

    static ObjectNode messageChanged(SimulatedUser user, StoredMessage message) {
        ObjectNode json = TelegramJson.object();
        json.put("userId", user.id());
        json.set("message", message(message));
        return json;
    }

    static ObjectNode replyKeyboardChanged(SimulatedUser user, List<List<String>> keyboard) {
        ObjectNode json = TelegramJson.object();
        json.put("userId", user.id());
        json.set("replyKeyboard", labels(keyboard));
        return json;
    }

    static ObjectNode callbackAnswered(SimulatedUser user, CallbackAnswer answer) {
        ObjectNode json = TelegramJson.object();
        json.put("userId", user.id());
        json.put("text", answer.text());
        json.put("showAlert", answer.showAlert());
        return json;
    }

    private static ObjectNode attachment(Attachment attachment) {
        ObjectNode json = TelegramJson.object();
        json.put("kind", attachment.kind() == Attachment.Kind.PHOTO ? "photo" : "document");
        json.put("fileId", attachment.fileId());
        json.put("url", FILES_PATH + attachment.fileId());
        json.put("fileName", attachment.fileName());
        json.put("mimeType", attachment.mimeType());
        json.put("size", attachment.size());
        return json;
    }

    private static ArrayNode labels(List<List<String>> keyboard) {
        ArrayNode rows = TelegramJson.array();
        keyboard.forEach(row -> {
            ArrayNode labels = rows.addArray();
            row.forEach(labels::add);
        });
        return rows;
    }
}
