package io.kalenner.application.terms;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.Consent;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * A client withdraws its consent to a provider's terms document: every consent of the client to it
 * still in force (to the current version, or left from an earlier one) is marked withdrawn now,
 * and kept. With none in force it is {@code NOT_SIGNED}; a document of a provider not on the
 * actor's list is {@code NOT_YOUR_PROVIDER}, an unknown one {@code NOT_FOUND}.
 */
public interface WithdrawConsent {

    /** The consents withdrawn. */
    Either<Rejection, List<Consent>> withdraw(AccountId actor, TermsDocumentId document);
}
