package io.kalenner.adapter.storage;

import static io.kalenner.application.port.DocumentStoreContract.randomBytes;
import static io.kalenner.application.port.DocumentStoreContract.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.application.port.DamagedDocumentException;
import io.kalenner.application.port.DocumentContent;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.DocumentStore;
import io.kalenner.application.port.StoredDocument;
import io.kalenner.domain.Rejection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDocumentStoreTest {

    @TempDir
    Path root;

    private final byte[] key = TestKeys.random();

    private Path directory() {
        return root.resolve("documents");
    }

    private FileSystemDocumentStore store() {
        return new FileSystemDocumentStore(directory(), key);
    }

    private static StoredDocument stored(DocumentStore store, byte[] bytes, String name) {
        return store.store(new ByteArrayInputStream(bytes), name, "application/octet-stream").get();
    }

    private Path fileOf(StoredDocument document) {
        return directory().resolve(document.id() + ".kdoc");
    }

    private List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static void flipByte(Path file, long position) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) position] ^= 0x01;
        Files.write(file, bytes);
    }

    private static void readingFails(DocumentContent opened) {
        assertThatThrownBy(() -> opened.content().readAllBytes())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void givenAStoredDocumentThenTheFileOnDiskHoldsNeitherItsContentNorItsName() throws IOException {
        // given: easy to spot, and repeating, which would show through a weak cipher mode
        byte[] plain = "Patient: Ivanova; diagnosis: confidential. ".repeat(5000).getBytes(StandardCharsets.UTF_8);

        // when
        StoredDocument document = stored(store(), plain, "ivanova-diagnosis.pdf");

        // then
        String onDisk = new String(Files.readAllBytes(fileOf(document)), StandardCharsets.ISO_8859_1);
        assertThat(onDisk).doesNotContain("Patient").doesNotContain("confidential").doesNotContain("ivanova")
                .doesNotContain("octet-stream");
        assertThat(readAll(store().open(document.id()).get())).isEqualTo(plain);
    }

    @Test
    void givenTheSameBytesStoredTwiceThenTheTwoFilesShareNoNonceAndNoCiphertext() throws IOException {
        FileSystemDocumentStore store = store();
        byte[] plain = randomBytes(1000, 1);

        byte[] first = Files.readAllBytes(fileOf(stored(store, plain, "a")));
        byte[] second = Files.readAllBytes(fileOf(stored(store, plain, "a")));

        assertThat(first).hasSameSizeAs(second);
        // the 13 bytes of magic, version and key id are alike; everything after differs
        assertThat(java.util.Arrays.copyOfRange(first, 13, 25)).isNotEqualTo(java.util.Arrays.copyOfRange(second, 13, 25));
        assertThat(java.util.Arrays.copyOfRange(first, first.length - 100, first.length))
                .isNotEqualTo(java.util.Arrays.copyOfRange(second, second.length - 100, second.length));
    }

    @Test
    void givenATwentyMegabyteStreamWhenStoredAndReadThenTheBytesMatchWithoutEverBeingWhole() throws Exception {
        // given: generated as it is read, so the test holds no copy either
        long size = DocumentStore.DEFAULT_SIZE_LIMIT;
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        InputStream generated = new DigestInputStream(new GeneratedStream(size, 42), sent);
        FileSystemDocumentStore store = store();

        // when
        StoredDocument document = store.store(generated, "big.bin", "application/octet-stream").get();
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        try (DocumentContent opened = store.open(document.id()).get();
                InputStream in = new DigestInputStream(opened.content(), received)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }

        // then
        assertThat(document.size()).isEqualTo(size);
        assertThat(store.open(document.id()).get().document().size()).isEqualTo(size);
        assertThat(received.digest()).isEqualTo(sent.digest());
    }

    @Test
    void givenAChangedContentByteWhenReadThenReadingFailsBeforeTheChangedChunkIsHandedOut() throws IOException {
        // given: three chunks, the second one changed
        FileSystemDocumentStore store = store();
        byte[] plain = randomBytes(150_000, 2);
        StoredDocument document = stored(store, plain, "x.bin");
        Path file = fileOf(document);
        flipByte(file, Files.size(file) - 60_000);

        // when
        DocumentContent opened = store.open(document.id()).get();
        byte[] firstChunk = opened.content().readNBytes(64 * 1024);

        // then: the untouched first chunk is read, nothing of the second one
        assertThat(firstChunk).isEqualTo(java.util.Arrays.copyOf(plain, 64 * 1024));
        assertThatThrownBy(() -> opened.content().read()).isInstanceOf(IOException.class).hasMessageContaining("chunk 1");
        assertThatThrownBy(() -> opened.content().read()).isInstanceOf(IOException.class);
    }

    @Test
    void givenAChangedHeaderOrMetadataWhenOpenedThenTheDocumentIsRefusedAsDamaged() throws IOException {
        FileSystemDocumentStore store = store();
        for (long position : new long[] {0, 4, 10, 20, 40, 75, 82, 90}) {
            StoredDocument document = stored(store, randomBytes(100, position), "x.bin");
            flipByte(fileOf(document), position);

            assertThatThrownBy(() -> store.open(document.id()))
                    .as("byte %d changed", position)
                    .isInstanceOf(DamagedDocumentException.class);
        }
    }

    @Test
    void givenAFileCutAtAChunkBoundaryOrExtendedWhenReadThenItIsRefused() throws IOException {
        // given
        FileSystemDocumentStore store = store();
        StoredDocument cut = stored(store, randomBytes(200_000, 3), "cut.bin");
        StoredDocument extended = stored(store, randomBytes(1000, 4), "extended.bin");
        byte[] whole = Files.readAllBytes(fileOf(cut));
        int headerAndMetadata = whole.length - 200_000 - 4 * 16;
        Files.write(fileOf(cut), java.util.Arrays.copyOf(whole, headerAndMetadata + 2 * (64 * 1024 + 16)));
        Files.write(fileOf(extended), new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);

        // then: a cut at a chunk boundary leaves a genuine chunk that was not sealed as the last one
        readingFails(store.open(cut.id()).get());
        readingFails(store.open(extended.id()).get());
    }

    @Test
    void givenOneDocumentsFileCopiedOverAnothersWhenOpenedThenItIsRefusedAsDamaged() throws IOException {
        FileSystemDocumentStore store = store();
        StoredDocument mine = stored(store, "mine".getBytes(StandardCharsets.UTF_8), "mine.txt");
        StoredDocument theirs = stored(store, "theirs".getBytes(StandardCharsets.UTF_8), "theirs.txt");

        Files.copy(fileOf(theirs), fileOf(mine), StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> store.open(mine.id())).isInstanceOf(DamagedDocumentException.class);
    }

    @Test
    void givenAStoreWithAnotherKeyWhenOpeningThenTheDocumentIsRefusedAsDamaged() {
        StoredDocument document = stored(store(), new byte[] {1, 2, 3}, "a");

        FileSystemDocumentStore otherKey = new FileSystemDocumentStore(directory(), TestKeys.random());

        assertThatThrownBy(() -> otherKey.open(document.id())).isInstanceOf(DamagedDocumentException.class)
                .hasMessageContaining("key");
    }

    @Test
    void givenAnEmptyOrOverLimitUploadWhenRefusedThenNothingIsLeftInTheDirectory() throws IOException {
        // given
        FileSystemDocumentStore store = new FileSystemDocumentStore(directory(), key, List.of(), 100_000);

        // when
        Rejection empty = store.store(InputStream.nullInputStream(), "empty", "text/plain").getLeft();
        Rejection tooLarge = store.store(new ByteArrayInputStream(randomBytes(300_000, 5)), "big", "text/plain").getLeft();

        // then
        assertThat(empty.reason()).isEqualTo(Rejection.Reason.EMPTY_FILE);
        assertThat(tooLarge).isEqualTo(Rejection.of(Rejection.Reason.FILE_TOO_LARGE, 100_000L));
        assertThat(filesIn(directory())).isEmpty();
    }

    @Test
    void givenAnUploadThatFailsMidwayThenNothingIsLeftInTheDirectory() throws IOException {
        InputStream failing = new InputStream() {
            int served;

            @Override
            public int read() throws IOException {
                if (served++ > 100_000) {
                    throw new IOException("connection to Telegram lost");
                }
                return 7;
            }
        };

        assertThatThrownBy(() -> store().store(failing, "lost.bin", "application/pdf")).isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(filesIn(directory())).isEmpty();
    }

    @Test
    void givenNamesThatLookLikePathsWhenStoredThenOnlyFilesNamedByIdAppearInTheDirectory() throws IOException {
        // given
        Path outside = root.resolve("outside");
        Files.createDirectories(outside);
        FileSystemDocumentStore store = store();

        // when
        for (String name : List.of("../outside/evil.sh", "../../../../../../tmp/evil", "/etc/passwd", "..", "a/../../b", "C:\\evil")) {
            stored(store, new byte[] {1}, name);
        }

        // then
        assertThat(filesIn(outside)).isEmpty();
        assertThat(filesIn(root)).containsExactly("documents", "outside");
        assertThat(filesIn(directory())).hasSize(6).allMatch(name -> name.matches("[0-9a-f-]{36}\\.kdoc"));
    }

    @Test
    void givenADirectoryAndDocumentsWhenCreatedThenOnlyTheOwnerMayReadThem() throws IOException {
        StoredDocument document = stored(store(), new byte[] {1}, "a");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fileOf(document)))).isEqualTo("rw-------");
    }

    @Test
    void givenPartFilesLeftByACrashWhenTheStoreOpensThenTheyAreDeletedAndDocumentsKept() throws IOException {
        // given
        StoredDocument document = stored(store(), new byte[] {1}, "a");
        Files.write(directory().resolve(DocumentId.random() + ".part"), new byte[] {1, 2, 3});

        // when
        FileSystemDocumentStore reopened = store();

        // then
        assertThat(filesIn(directory())).containsExactly(document.id() + ".kdoc");
        assertThat(readAll(reopened.open(document.id()).get())).containsExactly(1);
    }

    @Test
    void givenDocumentsUnderAnOldKeyWhenRotatedThenTheyStayReadableAndMoveToTheNewKey() {
        // given
        byte[] oldKey = key;
        byte[] newKey = TestKeys.random();
        byte[] plain = randomBytes(100_000, 6);
        StoredDocument old = stored(store(), plain, "old.bin");

        // when: the new key is current, the old one still read
        FileSystemDocumentStore rotating = new FileSystemDocumentStore(directory(), newKey, List.of(oldKey), DocumentStore.DEFAULT_SIZE_LIMIT);
        StoredDocument fresh = stored(rotating, plain, "new.bin");
        int rewrapped = rotating.rewrapWithCurrentKey();

        // then: after the re-wrap the old key is no longer needed
        FileSystemDocumentStore newKeyOnly = new FileSystemDocumentStore(directory(), newKey);
        assertThat(rewrapped).isEqualTo(1);
        assertThat(rotating.rewrapWithCurrentKey()).isZero();
        assertThat(readAll(newKeyOnly.open(old.id()).get())).isEqualTo(plain);
        assertThat(newKeyOnly.open(old.id()).get().document().fileName()).isEqualTo("old.bin");
        assertThat(readAll(newKeyOnly.open(fresh.id()).get())).isEqualTo(plain);
        assertThatThrownBy(() -> store().open(old.id())).isInstanceOf(DamagedDocumentException.class);
    }

    @Test
    void givenADamagedFileAmongOldOnesWhenRotatedThenTheOthersAreStillReWrapped() throws IOException {
        // given
        byte[] newKey = TestKeys.random();
        StoredDocument damaged = stored(store(), new byte[] {1}, "damaged.bin");
        StoredDocument healthy = stored(store(), new byte[] {2}, "healthy.bin");
        flipByte(fileOf(damaged), 30);

        // when
        int rewrapped = new FileSystemDocumentStore(directory(), newKey, List.of(key), DocumentStore.DEFAULT_SIZE_LIMIT).rewrapWithCurrentKey();

        // then
        assertThat(rewrapped).isEqualTo(1);
        assertThat(readAll(new FileSystemDocumentStore(directory(), newKey).open(healthy.id()).get())).containsExactly(2);
        assertThat(filesIn(directory())).containsExactlyInAnyOrder(damaged.id() + ".kdoc", healthy.id() + ".kdoc");
    }

    @Test
    void givenAKeyOfTheWrongLengthWhenTheStoreIsMadeThenItIsRefused() {
        assertThatThrownBy(() -> new FileSystemDocumentStore(directory(), new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    /** Pseudo-random bytes made as they are read. */
    private static final class GeneratedStream extends InputStream {
        private final Random random;
        private long remaining;

        GeneratedStream(long size, long seed) {
            this.remaining = size;
            this.random = new Random(seed);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            byte[] chunk = new byte[count];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, buffer, offset, count);
            remaining -= count;
            return count;
        }
    }
}
