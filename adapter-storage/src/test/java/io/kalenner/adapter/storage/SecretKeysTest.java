package io.kalenner.adapter.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kalenner.application.port.StoredDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class SecretKeysTest {

    @TempDir
    Path dataDirectory;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(SecretKeys.class);

    @BeforeEach
    void listen() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
    }

    private static final Map<String, String> NOTHING_SET = Map.of();

    private Path keyFile() {
        return dataDirectory.resolve(SecretKeys.KEY_FILE_NAME);
    }

    @Test
    void givenTheVariableIsSetWhenLoadedThenItsKeyIsUsedAndNoFileIsWritten() {
        // given
        String text = SecretKeys.newKeyText();

        // when
        SecretKeys keys = SecretKeys.load(dataDirectory, Map.of(SecretKeys.ENVIRONMENT_VARIABLE, text)::get);

        // then
        assertThat(keys.documentKey()).isEqualTo(SecretKeys.of(Base64.getDecoder().decode(text)).documentKey());
        assertThat(keyFile()).doesNotExist();
    }

    @Test
    void givenNoVariableWhenLoadedThenAKeyFileIsMadeOwnerOnlyWithAWarningAndUsedFromThenOn() throws IOException {
        // when
        SecretKeys first = SecretKeys.load(dataDirectory, NOTHING_SET::get);
        SecretKeys second = SecretKeys.load(dataDirectory, NOTHING_SET::get);

        // then
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile()).strip())).hasSize(32);
        assertThat(second.documentKey()).isEqualTo(first.documentKey());
        assertThat(second.linkSigningKey()).isEqualTo(first.linkSigningKey());
        assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.WARN).singleElement()
                .satisfies(e -> assertThat(e.getFormattedMessage()).contains(SecretKeys.ENVIRONMENT_VARIABLE).contains(keyFile().toString()));
        assertThat(dataDirectory.resolve(SecretKeys.KEY_FILE_NAME + ".part")).doesNotExist();
    }

    @Test
    void givenAKeyFileOthersCanReadWhenLoadedThenItIsMadeOwnerOnly() throws IOException {
        SecretKeys.load(dataDirectory, NOTHING_SET::get);
        Files.setPosixFilePermissions(keyFile(), PosixFilePermissions.fromString("rw-r--r--"));

        SecretKeys.load(dataDirectory, NOTHING_SET::get);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
    }

    @Test
    void givenAVariableThatIsNotAKeyWhenLoadedThenStartingFailsWithoutShowingTheValue() {
        String secretLooking = "c2VjcmV0LWJ1dC10b28tc2hvcnQ=";

        assertThatThrownBy(() -> SecretKeys.load(dataDirectory, Map.of(SecretKeys.ENVIRONMENT_VARIABLE, secretLooking)::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(secretLooking);
        assertThatThrownBy(() -> SecretKeys.load(dataDirectory, Map.of(SecretKeys.ENVIRONMENT_VARIABLE, "not base64 ***")::get))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("***");
    }

    @Test
    void givenOneMasterKeyThenEachPurposeGetsItsOwnKey() {
        byte[] master = TestKeys.random();
        SecretKeys keys = SecretKeys.of(master);

        assertThat(keys.documentKey()).hasSize(32).isNotEqualTo(master).isNotEqualTo(keys.linkSigningKey());
        assertThat(keys.linkSigningKey()).hasSize(32).isNotEqualTo(master);
        assertThat(keys.toString()).doesNotContain(Base64.getEncoder().encodeToString(master));
    }

    @Test
    void givenDocumentsUnderAGeneratedKeyWhenTheVariableIsSetLaterThenTheyStayReadable() {
        // given: a first start without the variable
        SecretKeys generated = SecretKeys.load(dataDirectory, NOTHING_SET::get);
        StoredDocument document = new FileSystemDocumentStore(dataDirectory.resolve("documents"), generated.documentKey())
                .store(new ByteArrayInputStream("early".getBytes(StandardCharsets.UTF_8)), "early.txt", "text/plain").get();

        // when: the operator sets a key of their own
        SecretKeys configured = SecretKeys.load(dataDirectory, Map.of(SecretKeys.ENVIRONMENT_VARIABLE, SecretKeys.newKeyText())::get);
        FileSystemDocumentStore store = new FileSystemDocumentStore(dataDirectory.resolve("documents"),
                configured.documentKey(), configured.previousDocumentKeys(), FileSystemDocumentStore.DEFAULT_SIZE_LIMIT);

        // then
        assertThat(configured.documentKey()).isNotEqualTo(generated.documentKey());
        assertThat(io.kalenner.application.port.DocumentStoreContract.readAll(store.open(document.id()).get()))
                .isEqualTo("early".getBytes(StandardCharsets.UTF_8));
        assertThat(store.rewrapWithCurrentKey()).isEqualTo(1);
    }

    @Test
    void givenPreviousKeysInTheirVariableWhenLoadedThenTheyAreOfferedForReading() {
        SecretKeys keys = SecretKeys.load(dataDirectory, Map.of(
                SecretKeys.ENVIRONMENT_VARIABLE, SecretKeys.newKeyText(),
                SecretKeys.PREVIOUS_ENVIRONMENT_VARIABLE, SecretKeys.newKeyText() + "," + SecretKeys.newKeyText())::get);

        assertThat(keys.previousDocumentKeys()).hasSize(2).allSatisfy(key -> assertThat(key).hasSize(32));
    }
}
