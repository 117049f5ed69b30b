package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kalenner.sandbox.botapi.ApiOutcome.Refusal;
import java.util.Map;

/** The bot's own settings: who it is, and its command lists per scope and language. */
final class BotMethods {

    private static final String COMMAND = "[a-z0-9_]{1,32}";

    private final BotIdentity bot;
    private final BotCommands commands;

    BotMethods(BotIdentity bot, BotCommands commands) {
        this.bot = bot;
        this.commands = commands;
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
        this.commands.set(call.json("scope"), call.text("language_code").orElse(""), (ArrayNode) commands);
        return ApiOutcome.done();
    }

    private ApiOutcome getMyCommands(ApiCall call) {
        return ApiOutcome.result(commands.get(call.json("scope"), call.text("language_code").orElse("")));
    }

    private ApiOutcome deleteMyCommands(ApiCall call) {
        commands.delete(call.json("scope"), call.text("language_code").orElse(""));
        return ApiOutcome.done();
    }
}
