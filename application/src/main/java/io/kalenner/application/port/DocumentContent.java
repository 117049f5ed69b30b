package io.kalenner.application.port;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * An opened document: what is known about it and a stream of its bytes. The reader owns the
 * stream and closes it (closing this closes the stream). The stream is read once, front to back.
 *
 * <p>A store that checks integrity (the encrypted one) makes {@code read} throw an
 * {@link IOException} at the first part that fails its check, and never returns a byte of that
 * part: a reader that reaches the end without an exception has exactly the stored bytes.
 */
public record DocumentContent(StoredDocument document, InputStream content) implements AutoCloseable {

    public DocumentContent {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
