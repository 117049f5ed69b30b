package io.kalenner.adapter.storage;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM over one document's chunks, after the STREAM construction (Hoang, Reyhanitabar,
 * Rogaway, Vizár 2015): each chunk is sealed on its own, with a nonce made of the file's random
 * prefix, the chunk's number and a flag for the last chunk. So chunks cannot be reordered,
 * dropped, or cut off at a chunk boundary without the reader noticing, and a reader never holds
 * more than one chunk. The metadata block gets a nonce of its own kind (flag 2).
 *
 * <p>Not thread-safe: one instance per stream.
 */
final class ChunkCipher {

    static final int CHUNK_SIZE = 64 * 1024;
    static final int TAG_LENGTH = 16;
    static final int SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_LENGTH;
    static final int NONCE_PREFIX_LENGTH = 7;

    private static final byte MIDDLE = 0;
    private static final byte LAST = 1;
    private static final byte METADATA = 2;

    private final SecretKey dataKey;
    private final byte[] noncePrefix;
    private final Cipher cipher;

    ChunkCipher(SecretKey dataKey, byte[] noncePrefix) {
        if (noncePrefix.length != NONCE_PREFIX_LENGTH) {
            throw new IllegalArgumentException("nonce prefix of " + noncePrefix.length + " bytes");
        }
        this.dataKey = dataKey;
        this.noncePrefix = noncePrefix.clone();
        this.cipher = Crypto.aesGcm();
    }

    /** Seals {@code length} bytes of chunk number {@code index}; returns the sealed length. */
    int sealChunk(byte[] plain, int length, long index, boolean last, byte[] sealed) throws GeneralSecurityException {
        cipher.init(Cipher.ENCRYPT_MODE, dataKey, nonce(index, last ? LAST : MIDDLE));
        return cipher.doFinal(plain, 0, length, sealed, 0);
    }

    /** Opens a sealed chunk into {@code plain}; returns the plain length, or throws if it is not genuine. */
    int openChunk(byte[] sealed, int length, long index, boolean last, byte[] plain) throws GeneralSecurityException {
        cipher.init(Cipher.DECRYPT_MODE, dataKey, nonce(index, last ? LAST : MIDDLE));
        return cipher.doFinal(sealed, 0, length, plain, 0);
    }

    byte[] sealMetadata(byte[] plain) throws GeneralSecurityException {
        cipher.init(Cipher.ENCRYPT_MODE, dataKey, nonce(0, METADATA));
        return cipher.doFinal(plain);
    }

    byte[] openMetadata(byte[] sealed) throws AEADBadTagException, GeneralSecurityException {
        cipher.init(Cipher.DECRYPT_MODE, dataKey, nonce(0, METADATA));
        return cipher.doFinal(sealed);
    }

    private GCMParameterSpec nonce(long index, byte kind) {
        if (index < 0 || index > 0xFFFF_FFFFL) {
            throw new IllegalStateException("chunk index " + index + " out of range");
        }
        byte[] nonce = ByteBuffer.allocate(Crypto.NONCE_LENGTH).put(noncePrefix).putInt((int) index).put(kind).array();
        return new GCMParameterSpec(TAG_LENGTH * 8, nonce);
    }
}
