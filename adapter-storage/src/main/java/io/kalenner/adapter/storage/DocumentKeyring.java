package io.kalenner.adapter.storage;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys that wrap documents' own keys: the current one, used for every new document, and any
 * previous ones, still accepted for reading while a key rotation runs. A key is known in files by
 * an 8-byte id derived from it, which tells nothing about the key.
 */
final class DocumentKeyring {

    static final int KEY_ID_LENGTH = 8;

    private final byte[] currentId;
    private final Map<String, byte[]> keysById = new LinkedHashMap<>();

    DocumentKeyring(byte[] current, List<byte[]> previous) {
        Crypto.aesKey(current);
        this.currentId = idOf(current);
        keysById.put(Arrays.toString(currentId), current.clone());
        for (byte[] key : previous) {
            Crypto.aesKey(key);
            keysById.putIfAbsent(Arrays.toString(idOf(key)), key.clone());
        }
    }

    static byte[] idOf(byte[] key) {
        return Arrays.copyOf(Crypto.derive(key, "kalenner/document-key-id/v1"), KEY_ID_LENGTH);
    }

    byte[] currentId() {
        return currentId.clone();
    }

    byte[] current() {
        return keysById.get(Arrays.toString(currentId)).clone();
    }

    Optional<byte[]> byId(byte[] id) {
        return Optional.ofNullable(keysById.get(Arrays.toString(id))).map(byte[]::clone);
    }

    boolean isCurrent(byte[] id) {
        return Arrays.equals(id, currentId);
    }
}
