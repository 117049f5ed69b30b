package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BotApiSpecTest {

    /** Surefire runs in the module directory; the shared folder sits next to the repository. */
    private static final Path SHARED_SPEC = Path.of("../../shared/telegram/bot-api-10.1.json");

    private final BotApiSpec spec = BotApiSpec.load();

    @Test
    void theBundledSpecIsAnExactCopyOfTheSharedOne() throws IOException {
        assumeTrue(Files.exists(SHARED_SPEC), "no shared spec next to the repository");

        try (InputStream bundled = BotApiSpec.class.getResourceAsStream(BotApiSpec.RESOURCE)) {
            assertThat(bundled.readAllBytes()).isEqualTo(Files.readAllBytes(SHARED_SPEC));
        }
    }

    @Test
    void findsMethodsWhateverTheirCase() {
        assertThat(spec.method("sendmessage")).get().extracting(BotApiSpec.MethodSpec::name).isEqualTo("sendMessage");
        assertThat(spec.method("GETUPDATES")).isPresent();
        assertThat(spec.method("sendTelepathy")).isEmpty();
    }

    @Test
    void knowsWhichParametersAreRequired() {
        BotApiSpec.MethodSpec sendMessage = spec.method("sendMessage").orElseThrow();

        assertThat(sendMessage.field("chat_id")).get().extracting(BotApiSpec.FieldSpec::required).isEqualTo(true);
        assertThat(sendMessage.field("parse_mode")).get().extracting(BotApiSpec.FieldSpec::required).isEqualTo(false);
        assertThat(sendMessage.field("reply_markup")).get().extracting(BotApiSpec.FieldSpec::isJson).isEqualTo(true);
    }

    @Test
    void aCallThatFitsHasNoProblems() {
        assertThat(spec.check("sendMessage", Map.of("chat_id", 1, "text", "hi", "method", "sendmessage"))).isEmpty();
        assertThat(spec.check("getMe", Map.of())).isEmpty();
    }

    @Test
    void namesAnUnknownMethod() {
        assertThat(spec.check("sendTelepathy", Map.of()))
                .containsExactly(SpecProblem.unknownMethod("sendTelepathy"));
    }

    @Test
    void namesUnknownAndMissingParameters() {
        assertThat(spec.check("sendMessage", Map.of("chat_id", "", "colour", "red")))
                .containsExactlyInAnyOrder(
                        new SpecProblem(SpecProblem.Kind.UNKNOWN_PARAMETER, "sendMessage", "colour"),
                        new SpecProblem(SpecProblem.Kind.MISSING_PARAMETER, "sendMessage", "chat_id"),
                        new SpecProblem(SpecProblem.Kind.MISSING_PARAMETER, "sendMessage", "text"));
    }
}
