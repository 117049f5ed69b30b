package io.kalenner.adapter.storage;

import io.kalenner.application.port.DocumentId;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;

/**
 * A document's plain bytes, opened chunk by chunk: a chunk is handed out only after its tag was
 * checked, so no unauthenticated byte ever leaves; a changed, reordered, dropped or cut-off chunk
 * makes {@code read} throw. Holds one chunk, never the whole document.
 */
final class DecryptingInputStream extends InputStream {

    private final DocumentId id;
    private final InputStream sealedChunks;
    private final ChunkCipher cipher;
    private final byte[] sealed = new byte[ChunkCipher.SEALED_CHUNK_SIZE];
    private final byte[] plain = new byte[ChunkCipher.CHUNK_SIZE];
    private int position;
    private int available;
    private long chunkIndex;
    private boolean lastChunkRead;
    // the byte read ahead to learn whether a full chunk was the last one
    private int readAhead = -1;
    // once a chunk failed, every further read fails too, rather than carry on past the gap
    private IOException damage;

    DecryptingInputStream(DocumentId id, InputStream sealedChunks, ChunkCipher cipher) {
        this.id = id;
        this.sealedChunks = sealedChunks;
        this.cipher = cipher;
    }

    @Override
    public int read() throws IOException {
        if (!ensureAvailable()) {
            return -1;
        }
        return plain[position++] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (!ensureAvailable()) {
            return -1;
        }
        int count = Math.min(length, available - position);
        System.arraycopy(plain, position, buffer, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() {
        return available - position;
    }

    @Override
    public void close() throws IOException {
        sealedChunks.close();
    }

    private boolean ensureAvailable() throws IOException {
        if (damage != null) {
            throw damage;
        }
        while (position == available) {
            if (lastChunkRead) {
                return false;
            }
            openNextChunk();
        }
        return true;
    }

    private void openNextChunk() throws IOException {
        try {
            openNextChunkOrFail();
        } catch (IOException e) {
            damage = e;
            throw e;
        }
    }

    private void openNextChunkOrFail() throws IOException {
        int length = 0;
        if (readAhead >= 0) {
            sealed[length++] = (byte) readAhead;
            readAhead = -1;
        }
        length += sealedChunks.readNBytes(sealed, length, sealed.length - length);
        boolean last = length < sealed.length || (readAhead = sealedChunks.read()) < 0;
        if (length <= ChunkCipher.TAG_LENGTH) {
            throw new IOException("document " + id + " is damaged: cut off before chunk " + chunkIndex);
        }
        try {
            available = cipher.openChunk(sealed, length, chunkIndex, last, plain);
        } catch (GeneralSecurityException notGenuine) {
            throw new IOException("document " + id + " is damaged: chunk " + chunkIndex + " failed authentication", notGenuine);
        }
        position = 0;
        chunkIndex++;
        lastChunkRead = last;
    }
}
