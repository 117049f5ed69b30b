package io.kalenner.application.port;

import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.InputStream;

/**
 * Documents by their id: the platform's own copy of uploaded files (not only Telegram file ids).
 *
 * <p>Promises every implementation keeps:
 * <ul>
 *   <li><b>Streaming.</b> {@link #store} reads its input once, front to back, and needs no more
 *       than a small buffer besides what it keeps (an in-memory store keeps the bytes, of course).
 *       It reads no further than the first byte past {@link #sizeLimit()}, so an endless or huge
 *       input is refused quickly. It never closes the caller's stream.</li>
 *   <li><b>All or nothing.</b> A stored document is complete and readable as soon as
 *       {@code store} returns it; a refused or failed store leaves nothing behind.</li>
 *   <li><b>Refusals are values.</b> An empty input is refused with {@code EMPTY_FILE}; more than
 *       {@link #sizeLimit()} bytes with {@code FILE_TOO_LARGE} whose detail is the limit in
 *       bytes; a blank file name, or one longer than {@link #MAX_FILE_NAME_LENGTH} characters,
 *       with {@code INVALID_INPUT}; an unknown id with {@code NOT_FOUND}.</li>
 *   <li><b>Names are labels.</b> The file name is kept exactly as given and handed back on
 *       {@link #open}; it never becomes part of a path, so a name like {@code ../../x} is harmless.
 *       The content type is kept as {@link StoredDocument#safeContentType} makes it.</li>
 *   <li><b>Ids are fresh.</b> Every stored document gets a new random {@link DocumentId}.</li>
 *   <li><b>Thread-safe.</b> Any number of stores, opens and deletes may run at once.</li>
 * </ul>
 *
 * <p>Failures of the storage itself (a full disk) are not refusals: they throw
 * {@link java.io.UncheckedIOException}. A stored document that fails an integrity check makes
 * {@link #open} throw {@link DamagedDocumentException}, or its stream throw an
 * {@link java.io.IOException} (see {@link DocumentContent}).
 *
 * <p>Who may read a document is not the store's concern: use cases check that before they ask
 * for a download link.
 */
public interface DocumentStore {

    /** The default size limit: 20 MB, as 20 × 1024 × 1024 bytes. */
    long DEFAULT_SIZE_LIMIT = 20L * 1024 * 1024;

    /** The longest file name accepted, in UTF-16 characters (the limit of common file systems). */
    int MAX_FILE_NAME_LENGTH = 255;

    /** The largest document accepted, in bytes. */
    long sizeLimit();

    /** Stores the stream's bytes under a new id; see the class comment for the refusals. */
    Either<Rejection, StoredDocument> store(InputStream content, String fileName, String contentType);

    /**
     * Opens a stored document for reading, or refuses with {@code NOT_FOUND}. Each call gives an
     * independent stream; a document deleted while it is being read may still be read to its end.
     */
    Either<Rejection, DocumentContent> open(DocumentId id);

    /** Deletes the document; true if it existed. Afterwards {@link #open} refuses with {@code NOT_FOUND}. */
    boolean delete(DocumentId id);

    /**
     * Stores the stream's bytes, then records what was stored with {@code record} (which runs its
     * own transaction); when the store refuses, that refusal is the answer, and when
     * {@code record} refuses or throws, the stored document is deleted again, so no file is
     * left that nothing refers to. Storing happens outside any transaction: a large upload holds
     * no database connection.
     */
    default <T> Either<Rejection, T> storeThen(InputStream content, String fileName, String contentType,
            java.util.function.Function<StoredDocument, Either<Rejection, T>> record) {
        Either<Rejection, StoredDocument> stored = store(content, fileName, contentType);
        if (stored.isLeft()) {
            return Either.left(stored.getLeft());
        }
        boolean kept = false;
        try {
            Either<Rejection, T> recorded = record.apply(stored.get());
            kept = recorded.isRight();
            return recorded;
        } finally {
            if (!kept) {
                delete(stored.get().id());
            }
        }
    }

    /**
     * The refusal for a file name {@link #store} does not accept, if any: a blank name, or one
     * longer than {@link #MAX_FILE_NAME_LENGTH}. Shared so every store refuses the same names.
     */
    static Option<Rejection> checkFileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Option.some(Rejection.of(Rejection.Reason.INVALID_INPUT, "blank file name"));
        }
        if (fileName.length() > MAX_FILE_NAME_LENGTH) {
            return Option.some(Rejection.of(Rejection.Reason.INVALID_INPUT,
                    "file name longer than " + MAX_FILE_NAME_LENGTH + " characters"));
        }
        return Option.none();
    }

    /** The refusal for a document over {@code limit} bytes. */
    static Rejection tooLarge(long limit) {
        return Rejection.of(Rejection.Reason.FILE_TOO_LARGE, limit);
    }

    /** The refusal for a document without content. */
    static Rejection empty() {
        return Rejection.of(Rejection.Reason.EMPTY_FILE);
    }
}
