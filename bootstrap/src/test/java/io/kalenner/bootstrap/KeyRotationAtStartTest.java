package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kalenner.adapter.storage.SecretKeys;
import io.kalenner.application.port.DamagedDocumentException;
import io.kalenner.application.port.DocumentContent;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.StoredDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/security.md "Rotating the master key": a start with previous keys moves every document to the current key by itself. */
class KeyRotationAtStartTest {

    private static final byte[] CONTENT = "a contract signed under the old key".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDirectory;

    @Test
    void givenDocumentsUnderAnOldKey_whenTheProgramStartsWithTheOldKeyAsPrevious_thenTheyAreReWrappedAndReadableWithTheNewKeyAlone()
            throws IOException {
        String oldKey = SecretKeys.newKeyText();
        String newKey = SecretKeys.newKeyText();
        DocumentId stored;
        try (Web web = Web.start(configuration(Map.of("KALENNER_SECRET_KEY", oldKey)), Clock.systemUTC())) {
            StoredDocument document = web.documents().store(new ByteArrayInputStream(CONTENT), "contract.txt", "text/plain").get();
            stored = document.id();
        }
        // without the old key the document cannot be read: the re-wrap below is what makes it readable
        try (Web newKeyOnly = Web.start(configuration(Map.of("KALENNER_SECRET_KEY", newKey)), Clock.systemUTC())) {
            assertThatThrownBy(() -> newKeyOnly.documents().open(stored)).isInstanceOf(DamagedDocumentException.class);
        }

        try (Web rotating = Web.start(configuration(Map.of("KALENNER_SECRET_KEY", newKey, "KALENNER_PREVIOUS_SECRET_KEYS", oldKey)),
                Clock.systemUTC())) {
            await().atMost(Duration.ofSeconds(20)).until(() -> !rotating.isRewrapping());
        }

        try (Web afterRotation = Web.start(configuration(Map.of("KALENNER_SECRET_KEY", newKey)), Clock.systemUTC());
                DocumentContent opened = afterRotation.documents().open(stored).get()) {
            assertThat(opened.content().readAllBytes()).isEqualTo(CONTENT);
        }
    }

    private Configuration configuration(Map<String, String> more) throws IOException {
        Map<String, String> values = new HashMap<>(more);
        values.put("KALENNER_TELEGRAM_TOKEN", "7171:key-rotation");
        values.put("KALENNER_DATA_DIR", dataDirectory.toString());
        values.put("KALENNER_HTTP_PORT", String.valueOf(SandboxModeTest.freePort()));
        return Configuration.from(values);
    }
}
