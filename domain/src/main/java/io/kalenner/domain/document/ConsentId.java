package io.kalenner.domain.document;

import java.util.Objects;
import java.util.UUID;

public record ConsentId(UUID value) {
    public ConsentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
