package io.kalenner.adapter.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program's master secret and the keys derived from it, one per purpose: the key that wraps
 * documents' keys and the key that signs download links. Deriving them keeps the purposes apart
 * while the operator handles a single secret.
 *
 * <p>The master key is {@value #ENVIRONMENT_VARIABLE} (32 bytes, Base64) when set. Otherwise it
 * is the key file {@value #KEY_FILE_NAME} in the data directory, generated there at the first
 * start with owner-only permissions (rw-------), with a warning: whoever can read that file can
 * read every document, and losing it loses every document. {@value #PREVIOUS_ENVIRONMENT_VARIABLE}
 * (comma-separated) names old master keys still accepted for reading documents during a rotation;
 * a key file left in the data directory next to a set variable counts as one too, so setting the
 * variable never makes documents stored under the generated key unreadable.
 *
 * <p>Keys are never logged; {@link #toString()} does not show them.
 */
public final class SecretKeys {

    public static final String ENVIRONMENT_VARIABLE = "KALENNER_SECRET_KEY";
    public static final String PREVIOUS_ENVIRONMENT_VARIABLE = "KALENNER_PREVIOUS_SECRET_KEYS";
    public static final String KEY_FILE_NAME = "secret.key";

    private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final byte[] master;
    private final List<byte[]> previous;

    private SecretKeys(byte[] master, List<byte[]> previous) {
        this.master = master.clone();
        this.previous = previous.stream().map(byte[]::clone).toList();
    }

    /** The keys from the process environment, or else from (or into) the data directory's key file. */
    public static SecretKeys load(Path dataDirectory) {
        return load(dataDirectory, System::getenv);
    }

    /** As {@link #load(Path)}, reading variables from {@code environment} (null when unset). */
    public static SecretKeys load(Path dataDirectory, UnaryOperator<String> environment) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Path keyFile = dataDirectory.resolve(KEY_FILE_NAME);
        List<byte[]> previous = new ArrayList<>(parseList(environment.apply(PREVIOUS_ENVIRONMENT_VARIABLE), PREVIOUS_ENVIRONMENT_VARIABLE));
        String given = environment.apply(ENVIRONMENT_VARIABLE);
        if (given != null && !given.isBlank()) {
            byte[] master = parse(given, ENVIRONMENT_VARIABLE);
            if (Files.exists(keyFile)) {
                byte[] generated = readKeyFile(keyFile);
                if (!Arrays.equals(generated, master)) {
                    log.warn("{} is set, and {} holds another key: it is kept for reading older documents. "
                            + "Re-wrap them, then remove the file (docs/security.md).", ENVIRONMENT_VARIABLE, keyFile);
                    previous.add(generated);
                }
            }
            return new SecretKeys(master, previous);
        }
        if (Files.exists(keyFile)) {
            return new SecretKeys(readKeyFile(keyFile), previous);
        }
        return new SecretKeys(generateKeyFile(keyFile), previous);
    }

    /** A master key made from 32 given bytes, for embedders and tests. */
    public static SecretKeys of(byte[] master) {
        checkLength(master, "the master key");
        return new SecretKeys(master, List.of());
    }

    /** A new random master key as the Base64 text {@value #ENVIRONMENT_VARIABLE} takes. */
    public static String newKeyText() {
        return Base64.getEncoder().encodeToString(Crypto.randomBytes(Crypto.KEY_LENGTH));
    }

    /** The 32-byte key for {@link FileSystemDocumentStore}. */
    public byte[] documentKey() {
        return Crypto.derive(master, "kalenner/documents/v1");
    }

    /** The document keys of previous master keys, for reading during a rotation. */
    public List<byte[]> previousDocumentKeys() {
        return previous.stream().map(key -> Crypto.derive(key, "kalenner/documents/v1")).toList();
    }

    /** The 32-byte key for signing download links ({@code HmacLinkSigner}). */
    public byte[] linkSigningKey() {
        return Crypto.derive(master, "kalenner/download-links/v1");
    }

    @Override
    public String toString() {
        return "SecretKeys[master hidden, " + previous.size() + " previous]";
    }

    private static byte[] generateKeyFile(Path keyFile) {
        try {
            Files.createDirectories(keyFile.getParent());
            boolean posix = keyFile.getFileSystem().supportedFileAttributeViews().contains("posix");
            // written whole under another name with its permissions from the start, then renamed:
            // no moment exists where the key is readable by others or only half written
            Path part = keyFile.resolveSibling(KEY_FILE_NAME + ".part");
            Files.deleteIfExists(part);
            if (posix) {
                Files.createFile(part, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(part);
            }
            String text = newKeyText();
            Files.writeString(part, text + "\n", StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
            Files.move(part, keyFile, StandardCopyOption.ATOMIC_MOVE);
            log.warn("{} is not set: generated a new secret key in {} (owner-only{}). Whoever reads that file can "
                    + "read every document; losing it loses them all. Back it up, or set {} instead.",
                    ENVIRONMENT_VARIABLE, keyFile, posix ? "" : " permissions are NOT available here", ENVIRONMENT_VARIABLE);
            return Base64.getDecoder().decode(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the secret key file " + keyFile, e);
        }
    }

    private static byte[] readKeyFile(Path keyFile) {
        try {
            if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")
                    && !Files.getPosixFilePermissions(keyFile).equals(OWNER_ONLY)) {
                log.warn("{} could be read by others ({}): making it owner-only", keyFile,
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
                Files.setPosixFilePermissions(keyFile, OWNER_ONLY);
            }
            return parse(Files.readString(keyFile, StandardCharsets.US_ASCII), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secret key file " + keyFile, e);
        }
    }

    private static List<byte[]> parseList(String text, String source) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).filter(part -> !part.isBlank()).map(part -> parse(part, source)).toList();
    }

    private static byte[] parse(String text, String source) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException notBase64) {
            // the message names the source, never the text: it may be a key with a typo
            throw new IllegalStateException(source + " is not Base64; make a key with: openssl rand -base64 32");
        }
        checkLength(key, source);
        return key;
    }

    private static void checkLength(byte[] key, String source) {
        if (key.length != Crypto.KEY_LENGTH) {
            throw new IllegalStateException(source + " must be " + Crypto.KEY_LENGTH + " bytes, got " + key.length
                    + "; make a key with: openssl rand -base64 32");
        }
    }
}
