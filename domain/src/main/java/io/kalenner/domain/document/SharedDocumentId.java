package io.kalenner.domain.document;

import java.util.Objects;
import java.util.UUID;

public record SharedDocumentId(UUID value) {
    public SharedDocumentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
