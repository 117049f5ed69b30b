package io.kalenner.application.inmemory;

import io.kalenner.application.port.DocumentContent;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.DocumentStore;
import io.kalenner.application.port.StoredDocument;
import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link DocumentStore} in memory, keeping every promise of the port; documents live as long as
 * the store. The size limit must fit in an array (below 2 GB).
 */
public final class InMemoryDocumentStore implements DocumentStore {

    private record Entry(StoredDocument document, byte[] bytes) {}

    private final ConcurrentMap<DocumentId, Entry> documents = new ConcurrentHashMap<>();
    private final long sizeLimit;

    public InMemoryDocumentStore() {
        this(DEFAULT_SIZE_LIMIT);
    }

    public InMemoryDocumentStore(long sizeLimit) {
        if (sizeLimit < 1 || sizeLimit >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("size limit " + sizeLimit);
        }
        this.sizeLimit = sizeLimit;
    }

    @Override
    public long sizeLimit() {
        return sizeLimit;
    }

    @Override
    public Either<Rejection, StoredDocument> store(InputStream content, String fileName, String contentType) {
        Objects.requireNonNull(content, "content");
        Option<Rejection> badName = DocumentStore.checkFileName(fileName);
        if (badName.isDefined()) {
            return Either.left(badName.get());
        }
        byte[] bytes;
        try {
            // one byte past the limit tells "too large" from "exactly at the limit"
            bytes = content.readNBytes((int) sizeLimit + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length == 0) {
            return Either.left(DocumentStore.empty());
        }
        if (bytes.length > sizeLimit) {
            return Either.left(DocumentStore.tooLarge(sizeLimit));
        }
        StoredDocument document = new StoredDocument(DocumentId.random(), fileName,
                StoredDocument.safeContentType(contentType), bytes.length);
        documents.put(document.id(), new Entry(document, bytes));
        return Either.right(document);
    }

    @Override
    public Either<Rejection, DocumentContent> open(DocumentId id) {
        Entry entry = documents.get(id);
        if (entry == null) {
            return Either.left(Rejection.of(Rejection.Reason.NOT_FOUND, id));
        }
        return Either.right(new DocumentContent(entry.document(), new ByteArrayInputStream(entry.bytes())));
    }

    @Override
    public boolean delete(DocumentId id) {
        return documents.remove(id) != null;
    }
}
