package io.kalenner.adapter.storage;

import java.security.SecureRandom;

final class TestKeys {

    private TestKeys() {}

    static byte[] random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
