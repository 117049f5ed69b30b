package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The machine-readable Bot API 10.1 spec (every method, its parameters and which are required),
 * loaded from the classpath so the sandbox works without the shared folder.
 */
public final class BotApiSpec {

    static final String RESOURCE = "bot-api-10.1.json";

    /**
     * Sent by telegrambots in every JSON body (its methods double as webhook replies, where
     * Telegram reads the method from it); Telegram accepts it on every method.
     */
    private static final Set<String> ENVELOPE_PARAMETERS = Set.of("method");

    private final Map<String, MethodSpec> methodsByLowerCaseName;

    private BotApiSpec(Map<String, MethodSpec> methodsByLowerCaseName) {
        this.methodsByLowerCaseName = methodsByLowerCaseName;
    }

    public static BotApiSpec load() {
        try (InputStream in = BotApiSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + RESOURCE, unreadable);
        }
    }

    private static BotApiSpec parse(JsonNode root) {
        Map<String, MethodSpec> methods = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : root.get("methods").properties()) {
            List<FieldSpec> fields = new ArrayList<>();
            for (JsonNode field : entry.getValue().path("fields")) {
                List<String> types = new ArrayList<>();
                field.path("types").forEach(type -> types.add(type.asText()));
                fields.add(new FieldSpec(field.get("name").asText(), List.copyOf(types),
                        field.path("required").asBoolean(), field.path("description").asText()));
            }
            methods.put(entry.getKey().toLowerCase(Locale.ROOT), new MethodSpec(entry.getKey(), List.copyOf(fields)));
        }
        return new BotApiSpec(methods);
    }

    /** The method of that name, whatever its case: telegrambots sends {@code sendmessage}. */
    public Optional<MethodSpec> method(String name) {
        return Optional.ofNullable(methodsByLowerCaseName.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Every way these parameters do not fit the method; a parameter counts as given unless absent, null or "". */
    public List<SpecProblem> check(String methodName, Map<String, ?> params) {
        Optional<MethodSpec> found = method(methodName);
        if (found.isEmpty()) {
            return List.of(SpecProblem.unknownMethod(methodName));
        }
        MethodSpec method = found.get();
        List<SpecProblem> problems = new ArrayList<>();
        for (String name : params.keySet()) {
            if (method.field(name).isEmpty() && !ENVELOPE_PARAMETERS.contains(name)) {
                problems.add(new SpecProblem(SpecProblem.Kind.UNKNOWN_PARAMETER, method.name(), name));
            }
        }
        for (FieldSpec field : method.fields()) {
            if (field.required() && !isGiven(params.get(field.name()))) {
                problems.add(new SpecProblem(SpecProblem.Kind.MISSING_PARAMETER, method.name(), field.name()));
            }
        }
        return List.copyOf(problems);
    }

    private static boolean isGiven(Object value) {
        if (value instanceof JsonNode node) {
            return !node.isNull() && !node.isMissingNode() && !(node.isTextual() && node.asText().isEmpty());
        }
        return value != null && !"".equals(value);
    }

    /** One Bot API method as the spec names it, with its parameters in the spec's order. */
    public record MethodSpec(String name, List<FieldSpec> fields) {

        public Optional<FieldSpec> field(String fieldName) {
            return fields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
        }
    }

    /** One parameter: its name, Bot API types ("Integer", "Array of String", "InlineKeyboardMarkup"), whether required. */
    public record FieldSpec(String name, List<String> types, boolean required, String description) {

        private static final Set<String> SCALAR_TYPES = Set.of("Integer", "String", "Boolean", "Float", "InputFile");

        /** Whether the value is a JSON object or array, which form and multipart bodies carry as JSON text. */
        public boolean isJson() {
            return !SCALAR_TYPES.containsAll(types);
        }
    }
}
