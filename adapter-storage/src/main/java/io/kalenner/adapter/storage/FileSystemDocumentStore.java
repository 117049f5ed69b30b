package io.kalenner.adapter.storage;

import io.kalenner.application.port.DamagedDocumentException;
import io.kalenner.application.port.DocumentContent;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.DocumentStore;
import io.kalenner.application.port.StoredDocument;
import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DocumentStore} in one directory, every document encrypted at rest with AES-256-GCM
 * under its own random key, which the master key wraps; file name and content type are encrypted
 * too (the layout is in {@link DocumentFile}). A document is the single file {@code <id>.kdoc}:
 * the name on disk is always the random id, never anything the user gave.
 *
 * <p>Streaming both ways in 64 KiB chunks, so a document is never held whole in memory. A new
 * document is written to {@code <id>.part}, forced to disk, and only then renamed to its final
 * name in one atomic step; a refused or failed upload deletes its part file, and part files left
 * by a crash are deleted when the store opens. Files and the directory are readable by the owner
 * only (where the file system has POSIX permissions).
 *
 * <p>Key rotation: give the new key as the current one and the old ones as previous keys; every
 * document stays readable, new ones use the new key, and {@link #rewrapWithCurrentKey()} moves the
 * old ones over, after which the previous keys can be dropped (docs/security.md).
 */
public final class FileSystemDocumentStore implements DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(FileSystemDocumentStore.class);
    private static final String DOCUMENT_SUFFIX = ".kdoc";
    private static final String PART_SUFFIX = ".part";
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path directory;
    private final DocumentKeyring keys;
    private final long sizeLimit;
    private final boolean posix;
    private final Object[] locks = java.util.stream.IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();

    /** A store with the default size limit under {@code directory}, created if missing, with this 32-byte key. */
    public FileSystemDocumentStore(Path directory, byte[] key) {
        this(directory, key, List.of(), DEFAULT_SIZE_LIMIT);
    }

    /**
     * A store under {@code directory} (created if missing) whose new documents use {@code key},
     * that also reads documents wrapped with any of {@code previousKeys}; all keys have 32 bytes.
     */
    public FileSystemDocumentStore(Path directory, byte[] key, List<byte[]> previousKeys, long sizeLimit) {
        Objects.requireNonNull(directory, "directory");
        if (sizeLimit < 1) {
            throw new IllegalArgumentException("size limit " + sizeLimit);
        }
        this.keys = new DocumentKeyring(key, previousKeys);
        this.sizeLimit = sizeLimit;
        this.directory = directory.toAbsolutePath().normalize();
        this.posix = createDirectory(this.directory);
        deleteLeftoverParts();
    }

    @Override
    public long sizeLimit() {
        return sizeLimit;
    }

    @Override
    public Either<Rejection, StoredDocument> store(InputStream content, String fileName, String contentType) {
        Objects.requireNonNull(content, "content");
        Option<Rejection> badName = DocumentStore.checkFileName(fileName);
        if (badName.isDefined()) {
            return Either.left(badName.get());
        }
        DocumentId id = DocumentId.random();
        DocumentFile.Metadata metadata = new DocumentFile.Metadata(fileName, StoredDocument.safeContentType(contentType));
        Path part = directory.resolve(id + PART_SUFFIX);
        boolean kept = false;
        try {
            Either<Rejection, Long> written = write(id, metadata, content, part);
            if (written.isLeft()) {
                return Either.left(written.getLeft());
            }
            Files.move(part, documentFile(id), StandardCopyOption.ATOMIC_MOVE);
            kept = true;
            return Either.right(new StoredDocument(id, metadata.fileName(), metadata.contentType(), written.get()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a document in " + directory, e);
        } finally {
            if (!kept) {
                deleteQuietly(part);
            }
        }
    }

    /** Writes the whole file; the plain size, or the refusal once the content proves empty or too large. */
    private Either<Rejection, Long> write(DocumentId id, DocumentFile.Metadata metadata, InputStream content, Path part) throws IOException {
        try (FileChannel channel = FileChannel.open(part, newFileOptions(), ownerOnly(OWNER_ONLY_FILE));
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), ChunkCipher.SEALED_CHUNK_SIZE)) {
            DocumentFile.Header header = DocumentFile.newHeader(id, keys);
            ChunkCipher cipher = new ChunkCipher(header.documentKey(), header.noncePrefix());
            out.write(DocumentFile.writeHeader(header, keys));
            DocumentFile.writeMetadata(metadata, cipher, out);

            byte[] plain = new byte[ChunkCipher.CHUNK_SIZE];
            byte[] sealed = new byte[ChunkCipher.SEALED_CHUNK_SIZE];
            long total = 0;
            long index = 0;
            int filled = content.readNBytes(plain, 0, plain.length);
            if (filled == 0) {
                return Either.left(DocumentStore.empty());
            }
            while (true) {
                total += filled;
                if (total > sizeLimit) {
                    return Either.left(DocumentStore.tooLarge(sizeLimit));
                }
                // a full chunk is the last one only if nothing follows it: read one byte ahead to know
                int next = filled < plain.length ? -1 : content.read();
                boolean last = next < 0;
                out.write(sealed, 0, cipher.sealChunk(plain, filled, index++, last, sealed));
                if (last) {
                    break;
                }
                plain[0] = (byte) next;
                filled = 1 + content.readNBytes(plain, 1, plain.length - 1);
            }
            out.flush();
            // on disk before the rename makes it visible: a crash never leaves a half document under its id
            channel.force(true);
            return Either.right(total);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused to encrypt", e);
        }
    }

    @Override
    public Either<Rejection, DocumentContent> open(DocumentId id) {
        Objects.requireNonNull(id, "id");
        FileChannel channel;
        try {
            channel = FileChannel.open(documentFile(id), StandardOpenOption.READ);
        } catch (NoSuchFileException absent) {
            return Either.left(Rejection.of(Rejection.Reason.NOT_FOUND, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean handedOver = false;
        try {
            InputStream in = Channels.newInputStream(channel);
            DocumentFile.Header header = DocumentFile.readHeader(id, in, keys);
            ChunkCipher cipher = new ChunkCipher(header.documentKey(), header.noncePrefix());
            DocumentFile.Metadata metadata = DocumentFile.readMetadata(id, in, cipher);
            long size = DocumentFile.plainSize(channel.size() - DocumentFile.HEADER_LENGTH - DocumentFile.storedLength(metadata));
            if (size < 1) {
                throw new DamagedDocumentException(id, "its content is cut off", null);
            }
            StoredDocument document = new StoredDocument(id, metadata.fileName(), metadata.contentType(), size);
            DocumentContent opened = new DocumentContent(document, new DecryptingInputStream(id, in, cipher));
            handedOver = true;
            return Either.right(opened);
        } catch (java.io.EOFException cutOff) {
            throw new DamagedDocumentException(id, "cut off", cutOff);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (!handedOver) {
                closeQuietly(channel);
            }
        }
    }

    @Override
    public boolean delete(DocumentId id) {
        synchronized (lockFor(id)) {
            try {
                return Files.deleteIfExists(documentFile(id));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Re-wraps every document whose key is wrapped by a previous key with the current key, each
     * file replaced atomically by a copy with the new header; the content is not re-encrypted.
     * Safe to run while the store serves (a document deleted meanwhile stays deleted); a damaged
     * file is logged and skipped. Returns how many documents were re-wrapped. One store process
     * per directory is assumed.
     */
    public int rewrapWithCurrentKey() {
        int rewrapped = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(DOCUMENT_SUFFIX))::iterator) {
                try {
                    if (rewrap(file)) {
                        rewrapped++;
                    }
                } catch (DamagedDocumentException damaged) {
                    // one bad file must not keep the others on the old key
                    log.error("Could not re-wrap {}", file.getFileName(), damaged);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Re-wrapped {} documents with the current key", rewrapped);
        return rewrapped;
    }

    private boolean rewrap(Path file) throws IOException {
        String name = file.getFileName().toString();
        Option<DocumentId> id = DocumentId.parse(name.substring(0, name.length() - DOCUMENT_SUFFIX.length()));
        if (id.isEmpty()) {
            return false;
        }
        Path part = directory.resolve(id.get() + ".rewrap" + PART_SUFFIX);
        try (FileChannel source = FileChannel.open(file, StandardOpenOption.READ)) {
            DocumentFile.Header header = DocumentFile.readHeader(id.get(), Channels.newInputStream(source), keys);
            if (keys.isCurrent(header.keyId())) {
                return false;
            }
            try (FileChannel target = FileChannel.open(part, newFileOptions(), ownerOnly(OWNER_ONLY_FILE))) {
                target.write(ByteBuffer.wrap(DocumentFile.writeHeader(header, keys)));
                long position = DocumentFile.HEADER_LENGTH;
                long size = source.size();
                while (position < size) {
                    position += source.transferTo(position, size - position, target);
                }
                target.force(true);
            }
            synchronized (lockFor(id.get())) {
                // a document deleted while it was being copied must stay deleted
                if (!Files.exists(file)) {
                    return false;
                }
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (NoSuchFileException deletedMeanwhile) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM refused to encrypt", e);
        } finally {
            deleteQuietly(part);
        }
    }

    // delete and a re-wrap's final rename of one document never interleave (within this process)
    private Object lockFor(DocumentId id) {
        return locks[Math.floorMod(id.hashCode(), locks.length)];
    }

    /** The one place a path is made from an id: the id's canonical text, never a user's name. */
    private Path documentFile(DocumentId id) {
        return directory.resolve(id.value() + DOCUMENT_SUFFIX);
    }

    private static Set<OpenOption> newFileOptions() {
        return Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    private static boolean createDirectory(Path directory) {
        boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                if (posix) {
                    Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY);
                }
            }
        } catch (FileAlreadyExistsException notADirectory) {
            throw new IllegalArgumentException("not a directory: " + directory, notADirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the document directory " + directory, e);
        }
        if (!posix) {
            log.warn("{} has no POSIX permissions: documents are encrypted, but their files are not owner-only", directory);
        }
        return posix;
    }

    private void deleteLeftoverParts() {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().endsWith(PART_SUFFIX)).forEach(part -> {
                log.info("Deleting {}, left by an upload that did not finish", part.getFileName());
                deleteQuietly(part);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // nothing was handed out; the failure that brought us here is the one to report
        }
    }
}
