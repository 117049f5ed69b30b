package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a call's parameters the ways Telegram accepts them: the query string, and a JSON,
 * urlencoded or multipart body. Object and array parameters sent as JSON text are parsed, as
 * Telegram does, so the methods see one shape whatever the encoding.
 */
final class CallDecoder {

    private final BotApiSpec spec;

    CallDecoder(BotApiSpec spec) {
        this.spec = spec;
    }

    /** @throws IllegalArgumentException saying what Telegram would complain of, when the body cannot be read */
    ApiCall decode(String method, String rawQuery, String contentType, byte[] body) {
        Map<String, JsonNode> params = new LinkedHashMap<>();
        Map<String, Upload> uploads = new LinkedHashMap<>();
        readUrlEncoded(rawQuery, params);
        String mediaType = contentType.toLowerCase(Locale.ROOT);
        if (body.length > 0 && mediaType.startsWith("application/json")) {
            readJson(body, params);
        } else if (mediaType.startsWith("application/x-www-form-urlencoded")) {
            readUrlEncoded(new String(body, StandardCharsets.UTF_8), params);
        } else if (mediaType.startsWith("multipart/form-data")) {
            readMultipart(contentType, body, params, uploads);
        }
        parseJsonText(method, params);
        return new ApiCall(method, params, uploads);
    }

    private static void readJson(byte[] body, Map<String, JsonNode> params) {
        JsonNode root;
        try {
            root = TelegramJson.MAPPER.readTree(body);
        } catch (IOException unreadable) {
            throw new IllegalArgumentException("can't parse JSON object");
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("can't parse JSON object");
        }
        root.properties().forEach(entry -> params.put(entry.getKey(), entry.getValue()));
    }

    private static void readUrlEncoded(String encoded, Map<String, JsonNode> params) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), TextNode.valueOf(URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
    }

    private static void readMultipart(String contentType, byte[] body, Map<String, JsonNode> params, Map<String, Upload> uploads) {
        String boundary = MultipartForm.boundaryOf(contentType)
                .orElseThrow(() -> new IllegalArgumentException("multipart boundary is missing"));
        for (MultipartForm.Part part : MultipartForm.parse(body, boundary)) {
            if (part.fileName().isPresent()) {
                uploads.put(part.name(), new Upload(part.fileName().get(), part.body()));
            } else {
                params.put(part.name(), TextNode.valueOf(part.text()));
            }
        }
    }

    private void parseJsonText(String method, Map<String, JsonNode> params) {
        Optional<BotApiSpec.MethodSpec> methodSpec = spec.method(method);
        if (methodSpec.isEmpty()) {
            return;
        }
        params.replaceAll((name, value) -> {
            boolean jsonField = methodSpec.get().field(name).map(BotApiSpec.FieldSpec::isJson).orElse(false);
            return jsonField && value.isTextual() ? parsed(name, value.asText()) : value;
        });
    }

    private static JsonNode parsed(String name, String text) {
        try {
            return TelegramJson.MAPPER.readTree(text);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalArgumentException("can't parse " + name + " JSON object");
        }
    }
}
