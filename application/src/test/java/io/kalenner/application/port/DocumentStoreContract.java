package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DocumentStore} promises. An implementation's test says how to make a store
 * with a given size limit; each test makes its own.
 */
public abstract class DocumentStoreContract {

    /** A store with this size limit, in bytes. It need not be empty. */
    protected abstract DocumentStore storeWithLimit(long sizeLimit);

    /** A store with the default size limit. */
    protected DocumentStore store() {
        return storeWithLimit(DocumentStore.DEFAULT_SIZE_LIMIT);
    }

    /** Bytes of every value, in an order fixed by the seed. */
    public static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    public static byte[] readAll(DocumentContent opened) {
        try (opened) {
            return opened.content().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static StoredDocument stored(DocumentStore store, byte[] bytes, String name, String type) {
        Either<Rejection, StoredDocument> result = store.store(new ByteArrayInputStream(bytes), name, type);
        assertThat(result.isRight()).as("stored, not %s", result).isTrue();
        return result.get();
    }

    @Test
    void givenAStoredBinaryDocumentWhenOpenedThenItsBytesNameAndTypeComeBackUnchanged() {
        // given: every byte value, and more than one of any internal chunk
        DocumentStore store = store();
        byte[] bytes = randomBytes(300_001, 1);

        // when
        StoredDocument document = stored(store, bytes, "scan.pdf", "application/pdf");
        DocumentContent opened = store.open(document.id()).get();

        // then
        assertThat(document.fileName()).isEqualTo("scan.pdf");
        assertThat(document.contentType()).isEqualTo("application/pdf");
        assertThat(document.size()).isEqualTo(bytes.length);
        assertThat(opened.document()).isEqualTo(document);
        assertThat(readAll(opened)).isEqualTo(bytes);
    }

    @Test
    void givenOneByteWhenStoredThenItComesBack() {
        DocumentStore store = store();

        StoredDocument document = stored(store, new byte[] {(byte) 0xFF}, "x", "text/plain");

        assertThat(readAll(store.open(document.id()).get())).containsExactly(0xFF);
    }

    @Test
    void givenTheSameBytesStoredTwiceWhenStoredThenEachGetsItsOwnId() {
        DocumentStore store = store();
        byte[] bytes = "same".getBytes(StandardCharsets.UTF_8);

        StoredDocument first = stored(store, bytes, "a.txt", "text/plain");
        StoredDocument second = stored(store, bytes, "a.txt", "text/plain");

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void givenADocumentWhenOpenedTwiceThenEachStreamReadsTheWholeDocument() {
        DocumentStore store = store();
        byte[] bytes = randomBytes(70_000, 2);
        StoredDocument document = stored(store, bytes, "photo.jpg", "image/jpeg");

        DocumentContent first = store.open(document.id()).get();
        DocumentContent second = store.open(document.id()).get();

        assertThat(readAll(second)).isEqualTo(bytes);
        assertThat(readAll(first)).isEqualTo(bytes);
    }

    @Test
    void givenAnEmptyStreamWhenStoredThenItIsRefusedAsEmpty() {
        Either<Rejection, StoredDocument> result = store().store(InputStream.nullInputStream(), "empty.txt", "text/plain");

        assertThat(result.getLeft().reason()).isEqualTo(Rejection.Reason.EMPTY_FILE);
    }

    @Test
    void givenADocumentExactlyAtTheLimitWhenStoredThenItIsAccepted() {
        DocumentStore store = storeWithLimit(1000);
        byte[] bytes = randomBytes(1000, 3);

        StoredDocument document = stored(store, bytes, "limit.bin", "application/octet-stream");

        assertThat(readAll(store.open(document.id()).get())).isEqualTo(bytes);
    }

    @Test
    void givenADocumentOneByteOverTheLimitWhenStoredThenItIsRefusedNamingTheLimit() {
        DocumentStore store = storeWithLimit(1000);

        Either<Rejection, StoredDocument> result = store.store(new ByteArrayInputStream(randomBytes(1001, 4)), "big.bin", "application/octet-stream");

        assertThat(result.getLeft()).isEqualTo(Rejection.of(Rejection.Reason.FILE_TOO_LARGE, 1000L));
    }

    @Test
    void givenAnEndlessStreamWhenStoredThenItIsRefusedAfterReadingLittleMoreThanTheLimit() {
        // given
        DocumentStore store = storeWithLimit(100_000);
        CountingEndlessStream endless = new CountingEndlessStream();

        // when
        Either<Rejection, StoredDocument> result = store.store(endless, "endless.bin", "application/octet-stream");

        // then: refused, having read at most a chunk past the limit
        assertThat(result.getLeft().reason()).isEqualTo(Rejection.Reason.FILE_TOO_LARGE);
        assertThat(endless.read).isBetween(100_001L, 100_000L + 1024 * 1024);
    }

    @Test
    void givenTheDefaultStoreThenItsLimitIsTwentyMegabytes() {
        assertThat(store().sizeLimit()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void givenATrackedStreamWhenStoredThenItIsNotClosed() {
        DocumentStore store = store();
        AtomicBoolean closed = new AtomicBoolean();
        InputStream content = new ByteArrayInputStream(new byte[] {1, 2, 3}) {
            @Override
            public void close() {
                closed.set(true);
            }
        };

        Either<Rejection, StoredDocument> result = store.store(content, "three.bin", "application/octet-stream");

        assertThat(result.isRight()).isTrue();
        assertThat(closed).isFalse();
    }

    @Test
    void givenABlankOrOverlongFileNameWhenStoredThenItIsRefusedAsInvalidInput() {
        DocumentStore store = store();

        assertThat(store.store(new ByteArrayInputStream(new byte[] {1}), " ", "text/plain").getLeft().reason())
                .isEqualTo(Rejection.Reason.INVALID_INPUT);
        assertThat(store.store(new ByteArrayInputStream(new byte[] {1}), "a".repeat(256), "text/plain").getLeft().reason())
                .isEqualTo(Rejection.Reason.INVALID_INPUT);
        assertThat(store.store(new ByteArrayInputStream(new byte[] {1}), "a".repeat(255), "text/plain").isRight()).isTrue();
    }

    @Test
    void givenANameWithPathsQuotesAndNonLatinLettersWhenStoredThenTheNameComesBackExactly() {
        DocumentStore store = store();
        List<String> names = List.of("../../../etc/passwd", "..\\..\\boot.ini", "/absolute/path.txt",
                "Договор №1 \"финал\".pdf", "line\r\nbreak.txt", "emoji 📄.txt", ".", "..", "nul\0byte");

        for (String name : names) {
            StoredDocument document = stored(store, name.getBytes(StandardCharsets.UTF_8), name, "text/plain");

            DocumentContent opened = store.open(document.id()).get();
            assertThat(opened.document().fileName()).isEqualTo(name);
            assertThat(readAll(opened)).isEqualTo(name.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void givenAContentTypeThatCouldBreakAHeaderWhenStoredThenItBecomesOctetStream() {
        DocumentStore store = store();

        StoredDocument injected = stored(store, new byte[] {1}, "a.html", "text/html\r\nSet-Cookie: x=y");
        StoredDocument missing = stored(store, new byte[] {1}, "b", null);
        StoredDocument withCharset = stored(store, new byte[] {1}, "c.txt", "Text/Plain; charset=UTF-8");

        assertThat(injected.contentType()).isEqualTo("application/octet-stream");
        assertThat(missing.contentType()).isEqualTo("application/octet-stream");
        assertThat(withCharset.contentType()).isEqualTo("text/plain; charset=UTF-8");
        assertThat(store.open(withCharset.id()).get().document().contentType()).isEqualTo("text/plain; charset=UTF-8");
    }

    @Test
    void givenAnUnknownIdWhenOpenedThenItIsNotFound() {
        assertThat(store().open(DocumentId.random()).getLeft().reason()).isEqualTo(Rejection.Reason.NOT_FOUND);
    }

    @Test
    void givenADeletedDocumentWhenOpenedThenItIsNotFoundAndDeletingAgainSaysSo() {
        // given
        DocumentStore store = store();
        StoredDocument kept = stored(store, new byte[] {1}, "kept", "text/plain");
        StoredDocument document = stored(store, new byte[] {2}, "gone", "text/plain");

        // when
        boolean deleted = store.delete(document.id());

        // then
        assertThat(deleted).isTrue();
        assertThat(store.open(document.id()).getLeft().reason()).isEqualTo(Rejection.Reason.NOT_FOUND);
        assertThat(store.delete(document.id())).isFalse();
        assertThat(readAll(store.open(kept.id()).get())).containsExactly(1);
    }

    @Test
    void givenManyUploadsAtOnceWhenStoredThenEveryDocumentReadsBackAsItsOwn() throws Exception {
        // given
        DocumentStore store = store();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> uploads = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            byte[] bytes = randomBytes(10_000 + i * 997, 100 + i);
            uploads.add(() -> {
                StoredDocument document = stored(store, bytes, "doc.bin", "application/octet-stream");
                return java.util.Arrays.equals(readAll(store.open(document.id()).get()), bytes);
            });
        }

        // when
        List<Boolean> results = new ArrayList<>();
        try {
            for (Future<Boolean> result : pool.invokeAll(uploads)) {
                results.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // then
        assertThat(results).hasSize(32).containsOnly(true);
    }

    /** An input that never ends and counts what was read from it. */
    private static final class CountingEndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            read += length;
            return length;
        }
    }
}
