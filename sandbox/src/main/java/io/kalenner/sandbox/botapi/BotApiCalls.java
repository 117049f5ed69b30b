package io.kalenner.sandbox.botapi;

import io.kalenner.sandbox.botapi.ApiOutcome.Refusal;
import io.kalenner.sandbox.botapi.BotApiSpec.MethodSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Answers one call as Telegram would: the spec check, the chat check and the flood limits first,
 * then the method's simulation. Records every refusal, every parameter Telegram would silently
 * ignore, and every method the sandbox only pretends to run.
 */
final class BotApiCalls {

    private final BotApiSpec spec;
    private final Chats chats;
    private final RateLimits rateLimits;
    private final Violations violations;
    private final Map<String, MethodHandler> handlers = new HashMap<>();

    BotApiCalls(BotApiSpec spec, Chats chats, RateLimits rateLimits, Violations violations, List<Map<String, MethodHandler>> handlerGroups) {
        this.spec = spec;
        this.chats = chats;
        this.rateLimits = rateLimits;
        this.violations = violations;
        handlerGroups.forEach(handlers::putAll);
    }

    ApiOutcome answer(ApiCall call) throws InterruptedException {
        Optional<MethodSpec> method = spec.method(call.method());
        String name = method.map(MethodSpec::name).orElse(call.method());
        ApiOutcome outcome = method.isEmpty() ? Refusal.notFound() : answer(method.get(), call);
        if (outcome instanceof Refusal refusal) {
            violations.record(name, refusal.errorCode() + " " + refusal.description());
        }
        return outcome;
    }

    private ApiOutcome answer(MethodSpec method, ApiCall call) throws InterruptedException {
        Optional<Refusal> refusal = specRefusal(method, call)
                .or(() -> chatRefusal(method, call))
                .or(() -> floodRefusal(method, call));
        if (refusal.isPresent()) {
            return refusal.get();
        }
        MethodHandler handler = handlers.get(method.name());
        if (handler == null) {
            violations.record(method.name(), "not simulated: answered {\"ok\":true,\"result\":true}");
            return ApiOutcome.done();
        }
        return handler.answer(call);
    }

    /** Unknown parameters pass (Telegram ignores them) but are recorded; a missing one is refused. */
    private Optional<Refusal> specRefusal(MethodSpec method, ApiCall call) {
        List<SpecProblem> problems = spec.check(method.name(), call.allParameters());
        problems.stream().filter(problem -> problem.kind() == SpecProblem.Kind.UNKNOWN_PARAMETER)
                .forEach(problem -> violations.record(method.name(), problem.description() + ", which Telegram ignores"));
        return problems.stream().filter(problem -> problem.kind() == SpecProblem.Kind.MISSING_PARAMETER).findFirst()
                .map(problem -> Refusal.badRequest(missing(problem.parameter())));
    }

    private static String missing(String parameter) {
        return switch (parameter) {
            case "text" -> "message text is empty";
            case "message_id" -> "message identifier is not specified";
            case "photo", "document", "audio", "video", "voice", "animation", "sticker", "video_note" -> "there is no " + parameter + " in the request";
            default -> parameter + " is empty";
        };
    }

    /** A chat_id must name a simulated user who wrote to the bot: Telegram lets bots answer, never start. */
    private Optional<Refusal> chatRefusal(MethodSpec method, ApiCall call) {
        if (method.field("chat_id").isEmpty() || call.text("chat_id").isEmpty()) {
            return Optional.empty();
        }
        OptionalLong chatId = call.number("chat_id");
        Optional<PrivateChat> chat = chatId.isPresent() ? chats.find(chatId.getAsLong()) : Optional.empty();
        if (chat.isEmpty()) {
            return Optional.of(Refusal.badRequest("chat not found"));
        }
        if (!chat.get().started()) {
            return Optional.of(Refusal.forbidden("bot can't initiate conversation with a user"));
        }
        return Optional.empty();
    }

    private Optional<Refusal> floodRefusal(MethodSpec method, ApiCall call) {
        boolean sends = method.name().startsWith("send") && !method.name().equals("sendChatAction");
        OptionalLong chatId = call.number("chat_id");
        if (!sends || chatId.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong retryAfter = rateLimits.retryAfterSeconds(chatId.getAsLong());
        return retryAfter.isPresent() ? Optional.of(Refusal.tooManyRequests(retryAfter.getAsLong())) : Optional.empty();
    }
}
