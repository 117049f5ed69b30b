package io.kalenner.domain.service;

import java.util.Objects;
import java.util.UUID;

public record ServiceId(UUID value) {
    public ServiceId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
