package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bot's command lists by scope and language, as {@code setMyCommands} leaves them, and the
 * list a user's menu shows: Telegram takes the narrowest scope that has one (the user's chat,
 * then all private chats, then the default), each first in the user's language, then in none.
 */
final class BotCommands {

    private final Map<String, ArrayNode> byScopeAndLanguage = new ConcurrentHashMap<>();

    void set(Optional<JsonNode> scope, String languageCode, ArrayNode commands) {
        byScopeAndLanguage.put(key(scope, languageCode), commands.deepCopy());
    }

    void delete(Optional<JsonNode> scope, String languageCode) {
        byScopeAndLanguage.remove(key(scope, languageCode));
    }

    /** The list set for exactly this scope and language; empty when none. */
    ArrayNode get(Optional<JsonNode> scope, String languageCode) {
        return Optional.ofNullable(byScopeAndLanguage.get(key(scope, languageCode))).map(ArrayNode::deepCopy).orElseGet(TelegramJson::array);
    }

    /** What the menu of this user's private chat shows. */
    ArrayNode forPrivateChat(SimulatedUser user) {
        List<String> scopes = List.of("chat:" + user.id(), "all_private_chats", "default");
        for (String scope : scopes) {
            for (String language : List.of(user.languageCode(), "")) {
                ArrayNode commands = byScopeAndLanguage.get(scope + "|" + language);
                if (commands != null) {
                    return commands.deepCopy();
                }
            }
        }
        return TelegramJson.array();
    }

    /** The same scope however the client ordered its fields; a chat scope by its chat. */
    private static String key(Optional<JsonNode> scope, String languageCode) {
        String type = scope.map(json -> json.path("type").asText("default")).orElse("default");
        String chat = scope.map(json -> json.path("chat_id").asText("")).orElse("");
        String user = scope.map(json -> json.path("user_id").asText("")).orElse("");
        String scopeKey = type.equals("chat") ? "chat:" + chat : type.equals("chat_member") ? "chat_member:" + chat + ":" + user : type;
        return scopeKey + "|" + languageCode;
    }
}
