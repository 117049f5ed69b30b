package io.kalenner.domain.document;

import java.util.Objects;
import java.util.UUID;

public record TermsDocumentId(UUID value) {
    public TermsDocumentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
