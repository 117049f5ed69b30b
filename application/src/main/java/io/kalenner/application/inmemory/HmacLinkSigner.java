package io.kalenner.application.inmemory;

import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.LinkSigner;
import io.kalenner.application.port.SignedLink;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@link LinkSigner} for production and tests alike: it needs no I/O, only a secret key.
 *
 * <p>A token is the URL-safe Base64 (no padding) of 73 bytes: a format version (1), the document
 * id (16), the account id (16), the expiry in epoch seconds (8), and an HMAC-SHA256 over those 41
 * bytes (32). Checking compares the whole MAC in constant time before reading anything else, so a
 * changed token is refused as invalid whatever it claims. Expiry has one-second precision, rounded
 * up, so a link is never shorter than {@link LinkSigner#VALIDITY}.
 */
public final class HmacLinkSigner implements LinkSigner {

    private static final byte VERSION = 1;
    private static final int CLAIMS_LENGTH = 1 + 16 + 16 + 8;
    private static final int MAC_LENGTH = 32;
    private static final int TOKEN_BYTES = CLAIMS_LENGTH + MAC_LENGTH;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Rejection INVALID = Rejection.of(Rejection.Reason.NOT_FOUND, "invalid link");

    /** The shortest key accepted: 256 bits, the strength of HMAC-SHA256. */
    public static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;
    private final Clock clock;

    /** A signer with this key (at least {@link #MIN_KEY_LENGTH} bytes; copied) and clock. */
    public HmacLinkSigner(byte[] key, Clock clock) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("a link signing key needs at least " + MIN_KEY_LENGTH + " bytes, got " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A signer with a fresh random key: its links die with it. For embedders and tests. */
    public static HmacLinkSigner withRandomKey(Clock clock) {
        byte[] key = new byte[MIN_KEY_LENGTH];
        new SecureRandom().nextBytes(key);
        return new HmacLinkSigner(key, clock);
    }

    @Override
    public SignedLink sign(DocumentId document, AccountId account) {
        Instant expiresAt = roundUpToSecond(clock.instant().plus(VALIDITY));
        ByteBuffer token = ByteBuffer.allocate(TOKEN_BYTES)
                .put(VERSION)
                .put(bytes(document.value()))
                .put(bytes(account.value()))
                .putLong(expiresAt.getEpochSecond());
        token.put(mac(Arrays.copyOf(token.array(), CLAIMS_LENGTH)));
        String text = Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
        return new SignedLink(text, document, account, expiresAt);
    }

    @Override
    public Either<Rejection, SignedLink> verify(String token, Instant at) {
        Objects.requireNonNull(at, "at");
        byte[] raw = decode(token);
        if (raw.length != TOKEN_BYTES) {
            return Either.left(INVALID);
        }
        byte[] claims = Arrays.copyOf(raw, CLAIMS_LENGTH);
        byte[] givenMac = Arrays.copyOfRange(raw, CLAIMS_LENGTH, TOKEN_BYTES);
        if (!MessageDigest.isEqual(mac(claims), givenMac) || claims[0] != VERSION) {
            return Either.left(INVALID);
        }
        ByteBuffer read = ByteBuffer.wrap(claims, 1, CLAIMS_LENGTH - 1);
        DocumentId document = new DocumentId(new UUID(read.getLong(), read.getLong()));
        AccountId account = new AccountId(new UUID(read.getLong(), read.getLong()));
        Instant expiresAt = Instant.ofEpochSecond(read.getLong());
        if (!at.isBefore(expiresAt)) {
            return Either.left(Rejection.of(Rejection.Reason.LINK_EXPIRED, expiresAt));
        }
        return Either.right(new SignedLink(token, document, account, expiresAt));
    }

    private static byte[] decode(String token) {
        // the strict decoder refuses '+', '/', '=', whitespace and a wrong length, so one token has one spelling
        if (token == null || token.length() > 200 || !token.chars().allMatch(HmacLinkSigner::isUrlSafe)) {
            return new byte[0];
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(token);
            // a canonical encoding only: the last character's unused bits must be zero
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw).equals(token) ? raw : new byte[0];
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }

    private static boolean isUrlSafe(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    private byte[] mac(byte[] claims) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(claims);
        } catch (GeneralSecurityException missingHmac) {
            // every Java runtime must provide HmacSHA256
            throw new IllegalStateException(missingHmac);
        }
    }

    private static byte[] bytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits()).array();
    }

    private static Instant roundUpToSecond(Instant instant) {
        return instant.getNano() == 0 ? instant : Instant.ofEpochSecond(instant.getEpochSecond() + 1);
    }
}
