package io.kalenner.adapter.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The few primitives the store and the key helper share. */
final class Crypto {

    static final int KEY_LENGTH = 32;
    static final int NONCE_LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Crypto() {}

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static Cipher aesGcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException missing) {
            // every Java runtime must provide AES/GCM/NoPadding
            throw new IllegalStateException(missing);
        }
    }

    static SecretKeySpec aesKey(byte[] key) {
        if (key.length != KEY_LENGTH) {
            throw new IllegalArgumentException("an AES-256 key has " + KEY_LENGTH + " bytes, got " + key.length);
        }
        return new SecretKeySpec(key, "AES");
    }

    /**
     * A key for one purpose from a uniformly random master key: HKDF-Expand (RFC 5869) with
     * HMAC-SHA256 for one block, the extract step being needless for a random key. Keys for
     * different purposes are independent, so one leaking tells nothing about the master or another.
     */
    static byte[] derive(byte[] masterKey, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 1);
            return Arrays.copyOf(mac.doFinal(), KEY_LENGTH);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
