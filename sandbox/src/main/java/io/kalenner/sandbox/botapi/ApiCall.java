package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/** One call a bot made: the method as named in the path, its parameters, and the files it uploaded. */
record ApiCall(String method, Map<String, JsonNode> params, Map<String, Upload> uploads) {

    private static final String ATTACH = "attach://";

    ApiCall {
        params = Map.copyOf(params);
        uploads = Map.copyOf(uploads);
    }

    /**
     * Every parameter the call carries, as the spec check sees them: uploads count as parameters
     * unless a parameter refers to them by {@code attach://<part name>}, as telegrambots does.
     */
    Map<String, Object> allParameters() {
        Set<String> attached = params.values().stream()
                .map(JsonNode::asText)
                .filter(value -> value.startsWith(ATTACH))
                .map(value -> value.substring(ATTACH.length()))
                .collect(Collectors.toSet());
        Map<String, Object> all = new LinkedHashMap<>(params);
        uploads.forEach((name, upload) -> {
            if (!attached.contains(name)) {
                all.put(name, upload);
            }
        });
        return all;
    }

    /** A file parameter: uploaded under its own name, or in another part that it names by attach://. */
    Optional<Upload> upload(String name) {
        return Optional.ofNullable(uploads.get(name))
                .or(() -> text(name).filter(value -> value.startsWith(ATTACH)).map(value -> uploads.get(value.substring(ATTACH.length()))));
    }

    /** A scalar parameter as text (numbers and booleans too); empty when absent, null or "". */
    Optional<String> text(String name) {
        JsonNode value = params.get(name);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(value.asText()).filter(text -> !text.isEmpty());
    }

    OptionalLong number(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(text.get().trim()));
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    boolean flag(String name) {
        return text(name).map(Boolean::parseBoolean).orElse(false);
    }

    /** An object or array parameter; form and multipart bodies carry those as JSON text, already parsed here. */
    Optional<JsonNode> json(String name) {
        return Optional.ofNullable(params.get(name)).filter(JsonNode::isContainerNode);
    }
}
