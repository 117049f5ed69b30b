package io.kalenner.domain.servicepackage;

import java.util.Objects;
import java.util.UUID;

public record PurchaseId(UUID value) {
    public PurchaseId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
