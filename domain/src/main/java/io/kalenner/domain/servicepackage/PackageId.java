package io.kalenner.domain.servicepackage;

import java.util.Objects;
import java.util.UUID;

public record PackageId(UUID value) {
    public PackageId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
