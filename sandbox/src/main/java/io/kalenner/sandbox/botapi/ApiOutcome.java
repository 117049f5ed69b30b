package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the Bot API answers to one call: a result, or a refusal worded as Telegram words it. */
sealed interface ApiOutcome permits ApiOutcome.Success, ApiOutcome.Refusal {

    int httpStatus();

    ObjectNode toJson();

    static Success result(JsonNode result) {
        return new Success(result);
    }

    static Success done() {
        return new Success(BooleanNode.TRUE);
    }

    record Success(JsonNode result) implements ApiOutcome {

        @Override
        public int httpStatus() {
            return 200;
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode json = TelegramJson.object();
            json.put("ok", true);
            json.set("result", result);
            return json;
        }
    }

    /** {@code retryAfterSeconds} is 0 unless the refusal is a flood wait (429). */
    record Refusal(int errorCode, String description, long retryAfterSeconds) implements ApiOutcome {

        static Refusal badRequest(String why) {
            return new Refusal(400, "Bad Request: " + why, 0);
        }

        static Refusal unauthorized() {
            return new Refusal(401, "Unauthorized", 0);
        }

        static Refusal forbidden(String why) {
            return new Refusal(403, "Forbidden: " + why, 0);
        }

        static Refusal notFound() {
            return new Refusal(404, "Not Found", 0);
        }

        static Refusal conflict(String why) {
            return new Refusal(409, "Conflict: " + why, 0);
        }

        static Refusal tooManyRequests(long retryAfterSeconds) {
            return new Refusal(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
        }

        @Override
        public int httpStatus() {
            return errorCode;
        }

        @Override
        public ObjectNode toJson() {
            ObjectNode json = TelegramJson.object();
            json.put("ok", false);
            json.put("error_code", errorCode);
            json.put("description", description);
            if (retryAfterSeconds > 0) {
                json.putObject("parameters").put("retry_after", retryAfterSeconds);
            }
            return json;
        }
    }
}
