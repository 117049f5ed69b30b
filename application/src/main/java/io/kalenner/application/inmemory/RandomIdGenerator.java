package io.kalenner.application.inmemory;

import io.kalenner.application.port.IdGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/** Random UUIDs, and 128-bit secret codes from a {@link SecureRandom} (22 URL-safe characters). */
public final class RandomIdGenerator implements IdGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public UUID newId() {
        return UUID.randomUUID();
    }

    @Override
    public String newSecretCode() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
