package io.kalenner.domain.document;

import java.util.Objects;
import java.util.UUID;

/** A stored file's identity: the same value as the document store's id for the file's bytes. */
public record FileId(UUID value) {
    public FileId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
