package io.kalenner.adapter.storage;

import io.kalenner.application.port.DamagedDocumentException;
import io.kalenner.application.port.DocumentId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The layout of one stored document's file ({@code <id>.kdoc}); every number is big-endian.
 *
 * <pre>
 * header, 80 bytes
 *   "KDOC"                      4   magic
 *   1                           1   format version
 *   key id                      8   which master key wraps the document key ({@link DocumentKeyring})
 *   wrap nonce                 12   random, fresh for each file and each re-wrap
 *   wrapped document key       48   AES-256-GCM(master key, wrap nonce, random 32-byte key);
 *                                   associated data: magic, version, document id, nonce prefix
 *   nonce prefix                7   random, fresh for each file
 * metadata
 *   length                      4   of the sealed metadata
 *   sealed metadata             n   AES-GCM(document key): file name and content type (UTF-8, each
 *                                   after its 4-byte length)
 * content: chunks of 64 KiB plain text each, the last one shorter or equal, each sealed with its
 *   16-byte tag by {@link ChunkCipher}
 * </pre>
 *
 * <p>Each document has its own random key (envelope encryption): the master key only wraps it,
 * so rotating the master key rewrites 80 bytes per file, not the file, and the document id in the
 * wrap's associated data keeps one document's file from being passed off as another's.
 */
final class DocumentFile {

    static final byte[] MAGIC = "KDOC".getBytes(StandardCharsets.US_ASCII);
    static final byte VERSION = 1;
    static final int WRAPPED_KEY_LENGTH = Crypto.KEY_LENGTH + ChunkCipher.TAG_LENGTH;
    static final int HEADER_LENGTH = MAGIC.length + 1 + DocumentKeyring.KEY_ID_LENGTH + Crypto.NONCE_LENGTH
            + WRAPPED_KEY_LENGTH + ChunkCipher.NONCE_PREFIX_LENGTH;
    private static final int MAX_METADATA_LENGTH = 64 * 1024;

    /** What the header says, with the document key unwrapped. */
    record Header(DocumentId id, byte[] keyId, SecretKey documentKey, byte[] noncePrefix) {}

    /** What the metadata block says. */
    record Metadata(String fileName, String contentType) {}

    private DocumentFile() {}

    /** A header for a new document: fresh document key, fresh nonces. */
    static Header newHeader(DocumentId id, DocumentKeyring keys) {
        return new Header(id, keys.currentId(), new SecretKeySpec(Crypto.randomBytes(Crypto.KEY_LENGTH), "AES"),
                Crypto.randomBytes(ChunkCipher.NONCE_PREFIX_LENGTH));
    }

    /** The header's bytes, with the document key wrapped by the keyring's current key under a fresh nonce. */
    static byte[] writeHeader(Header header, DocumentKeyring keys) throws GeneralSecurityException {
        byte[] wrapNonce = Crypto.randomBytes(Crypto.NONCE_LENGTH);
        Cipher wrap = Crypto.aesGcm();
        wrap.init(Cipher.ENCRYPT_MODE, Crypto.aesKey(keys.current()), new GCMParameterSpec(ChunkCipher.TAG_LENGTH * 8, wrapNonce));
        wrap.updateAAD(associatedData(header.id(), header.noncePrefix()));
        byte[] wrapped = wrap.doFinal(header.documentKey().getEncoded());
        return ByteBuffer.allocate(HEADER_LENGTH)
                .put(MAGIC).put(VERSION).put(keys.currentId()).put(wrapNonce).put(wrapped).put(header.noncePrefix())
                .array();
    }

    /** Reads and checks the header; a file that is not ours, or not genuine, is damaged. */
    static Header readHeader(DocumentId id, InputStream in, DocumentKeyring keys) throws IOException {
        byte[] bytes = in.readNBytes(HEADER_LENGTH);
        if (bytes.length < HEADER_LENGTH) {
            throw new DamagedDocumentException(id, "shorter than its header", null);
        }
        ByteBuffer read = ByteBuffer.wrap(bytes);
        byte[] magic = take(read, MAGIC.length);
        byte version = read.get();
        if (!Arrays.equals(magic, MAGIC) || version != VERSION) {
            throw new DamagedDocumentException(id, "not a document file of version " + VERSION, null);
        }
        byte[] keyId = take(read, DocumentKeyring.KEY_ID_LENGTH);
        byte[] wrapNonce = take(read, Crypto.NONCE_LENGTH);
        byte[] wrapped = take(read, WRAPPED_KEY_LENGTH);
        byte[] noncePrefix = take(read, ChunkCipher.NONCE_PREFIX_LENGTH);
        byte[] masterKey = keys.byId(keyId)
                .orElseThrow(() -> new DamagedDocumentException(id, "wrapped with a key this store does not have", null));
        try {
            Cipher unwrap = Crypto.aesGcm();
            unwrap.init(Cipher.DECRYPT_MODE, Crypto.aesKey(masterKey), new GCMParameterSpec(ChunkCipher.TAG_LENGTH * 8, wrapNonce));
            unwrap.updateAAD(associatedData(id, noncePrefix));
            return new Header(id, keyId, new SecretKeySpec(unwrap.doFinal(wrapped), "AES"), noncePrefix);
        } catch (GeneralSecurityException notGenuine) {
            throw new DamagedDocumentException(id, "its key does not unwrap", notGenuine);
        }
    }

    static void writeMetadata(Metadata metadata, ChunkCipher cipher, OutputStream out) throws IOException, GeneralSecurityException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(plain);
        writeText(data, metadata.fileName());
        writeText(data, metadata.contentType());
        byte[] sealed = cipher.sealMetadata(plain.toByteArray());
        new DataOutputStream(out).writeInt(sealed.length);
        out.write(sealed);
    }

    /** Reads and checks the metadata block; one that is not genuine is damaged. */
    static Metadata readMetadata(DocumentId id, InputStream in, ChunkCipher cipher) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int length = data.readInt();
        if (length < ChunkCipher.TAG_LENGTH || length > MAX_METADATA_LENGTH) {
            throw new DamagedDocumentException(id, "metadata of " + length + " bytes", null);
        }
        byte[] sealed = data.readNBytes(length);
        if (sealed.length < length) {
            throw new DamagedDocumentException(id, "metadata cut off", null);
        }
        try {
            DataInputStream plain = new DataInputStream(new ByteArrayInputStream(cipher.openMetadata(sealed)));
            return new Metadata(readText(plain), readText(plain));
        } catch (GeneralSecurityException notGenuine) {
            throw new DamagedDocumentException(id, "its metadata is not genuine", notGenuine);
        }
    }

    /** How many bytes the metadata block takes in the file: its length, the sealed texts and the tag. */
    static int storedLength(Metadata metadata) {
        return 4 + 4 + utf8Length(metadata.fileName()) + 4 + utf8Length(metadata.contentType()) + ChunkCipher.TAG_LENGTH;
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The plain size of content stored in {@code sealedLength} bytes of chunks, or -1 when no
     * sequence of chunks has that length (a cut file).
     */
    static long plainSize(long sealedLength) {
        long chunks = (sealedLength + ChunkCipher.SEALED_CHUNK_SIZE - 1) / ChunkCipher.SEALED_CHUNK_SIZE;
        long lastChunk = sealedLength - (chunks - 1) * ChunkCipher.SEALED_CHUNK_SIZE;
        if (chunks < 1 || lastChunk <= ChunkCipher.TAG_LENGTH) {
            return -1;
        }
        return sealedLength - chunks * ChunkCipher.TAG_LENGTH;
    }

    private static byte[] associatedData(DocumentId id, byte[] noncePrefix) {
        return ByteBuffer.allocate(MAGIC.length + 1 + 16 + noncePrefix.length)
                .put(MAGIC).put(VERSION)
                .putLong(id.value().getMostSignificantBits()).putLong(id.value().getLeastSignificantBits())
                .put(noncePrefix)
                .array();
    }

    private static byte[] take(ByteBuffer buffer, int length) {
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_METADATA_LENGTH) {
            throw new IOException("text of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
