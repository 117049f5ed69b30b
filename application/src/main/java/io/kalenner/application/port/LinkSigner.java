package io.kalenner.application.port;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes and checks download links without storing anything: a link carries the document, the
 * account it was made for, and its expiry, sealed by a secret key.
 *
 * <p>Promises every implementation keeps:
 * <ul>
 *   <li>{@link #sign} makes a link valid for {@link #VALIDITY} from the signer's injected clock;
 *       its token is URL-safe ({@code A–Z a–z 0–9 - _}) and at most 200 characters.</li>
 *   <li>{@link #verify} gives back exactly the document, account and expiry that were signed,
 *       when the token is unchanged, was made with the same key, and {@code at} is before the
 *       expiry.</li>
 *   <li>A genuine token at or after its expiry is refused with {@code LINK_EXPIRED}, so the user
 *       can be told to press Download again; any other token (changed in any character,
 *       truncated, made with another key, or not a token at all) with {@code NOT_FOUND}. Only a
 *       genuine token can ever be called expired, so an answer never tells a forger anything.</li>
 *   <li>No database or other lookup: verifying is a computation. Revoking a single link is
 *       therefore not possible; its short life is the limit. Whether the document still exists,
 *       and whether the account may still see it, is for the caller to check.</li>
 *   <li>Thread-safe.</li>
 * </ul>
 *
 * <p>{@code verify} takes the instant of use from its caller (the web server's clock), so the
 * one who serves the download decides what "now" is and tests need no sleeping.
 */
public interface LinkSigner {

    /** How long a link is valid after it was made. */
    Duration VALIDITY = Duration.ofMinutes(5);

    /** A link for this account to download this document, valid for {@link #VALIDITY} from now. */
    SignedLink sign(DocumentId document, AccountId account);

    /** What the token grants at that instant, or why it grants nothing; see the class comment. */
    Either<Rejection, SignedLink> verify(String token, Instant at);
}
