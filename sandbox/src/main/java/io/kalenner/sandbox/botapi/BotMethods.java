package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kalenner.sandbox.botapi.ApiOutcome.Refusal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The bot's own settings: who it is, and its command lists per scope and language. */
final class BotMethods {

    private static final String COMMAND = "[a-z0-9_]{1,32}";

    private final BotIdentity bot;
    private final Map<String, ArrayNode> commandsByScopeAndLanguage = new ConcurrentHashMap<>();

    BotMethods(BotIdentity bot) {
        this.bot = bot;
    }

    Map<String, MethodHandler> handlers() {
        return Map.of(
                "getMe", this::getMe,
                "setMyCommands", this::setMyCommands,
                "getMyCommands", this::getMyCommands,
                "deleteMyCommands", this::deleteMyCommands);
    }

    private ApiOutcome getMe(ApiCall call) {
        ObjectNode me = TelegramJson.bot(bot);
        me.put("can_join_groups", true);
        me.put("can_read_all_group_messages", false);
        me.put("supports_inline_queries", false);
        return ApiOutcome.result(me);
    }

    private ApiOutcome setMyCommands(ApiCall call) {
        JsonNode commands = call.json("commands").orElseGet(TelegramJson::array);
        if (!commands.isArray()) {
            return Refusal.badRequest("can't parse commands JSON array");
        }
        for (JsonNode command : commands) {
            if (!command.path("command").asText().matches(COMMAND)) {
                return Refusal.badRequest("BOT_COMMAND_INVALID");
            }
        }
        commandsByScopeAndLanguage.put(key(call), (ArrayNode) commands.deepCopy());
        return ApiOutcome.done();
    }

    private ApiOutcome getMyCommands(ApiCall call) {
        return ApiOutcome.result(commandsByScopeAndLanguage.getOrDefault(key(call), TelegramJson.array()).deepCopy());
    }

    private ApiOutcome deleteMyCommands(ApiCall call) {
        commandsByScopeAndLanguage.remove(key(call));
        return ApiOutcome.done();
    }

    private static String key(ApiCall call) {
        String scope = call.json("scope").map(JsonNode::toString).orElse("{\"type\":\"default\"}");
        return scope + "|" + call.text("language_code").orElse("");
    }
}
