package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Telegram objects the sandbox answers with, in the Bot API's snake_case shape. */
final class TelegramJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private TelegramJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static ObjectNode user(SimulatedUser user) {
        ObjectNode json = object();
        json.put("id", user.id());
        json.put("is_bot", false);
        json.put("first_name", user.firstName());
        json.put("language_code", user.languageCode());
        return json;
    }

    static ObjectNode bot(BotIdentity bot) {
        ObjectNode json = object();
        json.put("id", bot.id());
        json.put("is_bot", true);
        json.put("first_name", bot.firstName());
        json.put("username", bot.username());
        return json;
    }

    static ObjectNode privateChat(SimulatedUser user) {
        ObjectNode json = object();
        json.put("id", user.id());
        json.put("type", "private");
        json.put("first_name", user.firstName());
        return json;
    }

    /** Puts the file into a Message object, as its "photo" or its "document". */
    static void attach(ObjectNode message, StoredFile file) {
        switch (file.kind()) {
            case PHOTO -> message.set("photo", photo(file));
            case DOCUMENT -> message.set("document", document(file));
        }
    }

    private static ObjectNode document(StoredFile file) {
        ObjectNode json = fileIds(file);
        json.put("file_name", file.fileName());
        json.put("mime_type", file.mimeType());
        json.put("file_size", file.bytes().length);
        return json;
    }

    /** Telegram sends several sizes of a photo; the sandbox keeps only the original. */
    private static ArrayNode photo(StoredFile file) {
        ObjectNode size = fileIds(file);
        size.put("width", file.width());
        size.put("height", file.height());
        size.put("file_size", file.bytes().length);
        return array().add(size);
    }

    static ObjectNode file(StoredFile file) {
        ObjectNode json = fileIds(file);
        json.put("file_size", file.bytes().length);
        json.put("file_path", file.filePath());
        return json;
    }

    private static ObjectNode fileIds(StoredFile file) {
        ObjectNode json = object();
        json.put("file_id", file.fileId());
        json.put("file_unique_id", file.fileUniqueId());
        return json;
    }
}
