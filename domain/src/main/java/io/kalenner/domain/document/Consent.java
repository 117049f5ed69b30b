package io.kalenner.domain.document;

import io.kalenner.domain.account.AccountId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A client's agreement to one version of a terms document. It is never deleted: withdrawing it
 * records when, so the history of who agreed to what, and until when, stays.
 */
public record Consent(ConsentId id, TermsDocumentId document, int version, AccountId client, Instant signedAt,
        Option<Instant> withdrawnAt) {

    public Consent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        if (version < 1) {
            throw new IllegalArgumentException("a version number counts from 1: " + version);
        }
        if (withdrawnAt.exists(at -> at.isBefore(signedAt))) {
            throw new IllegalArgumentException("withdrawn before it was signed");
        }
    }

    public static Consent signed(ConsentId id, TermsDocument document, AccountId client, Instant at) {
        return new Consent(id, document.id(), document.current().number(), client, at, Option.none());
    }

    /** Not withdrawn. */
    public boolean active() {
        return withdrawnAt.isEmpty();
    }

    /** The same consent, withdrawn at that instant (or at its signing, should the clock be behind). */
    public Consent withdraw(Instant at) {
        return new Consent(id, document, version, client, signedAt, Option.some(at.isBefore(signedAt) ? signedAt : at));
    }
}
