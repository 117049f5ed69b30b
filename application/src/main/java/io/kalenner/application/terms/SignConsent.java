package io.kalenner.application.terms;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.Consent;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.control.Either;

/**
 * A client agrees to the version of a provider's terms document it was shown, recording who, when
 * and which version. Signing the signed version again answers the consent already given. The
 * version must still be current ({@code TERMS_VERSION_OUTDATED}, detail the current number; an
 * unknown number is {@code NOT_FOUND}), the document must ask for consent
 * ({@code CONSENT_NOT_REQUIRED}), and the provider must be on the actor's list
 * ({@code NOT_YOUR_PROVIDER}).
 */
public interface SignConsent {

    Either<Rejection, Consent> sign(AccountId actor, Command command);

    record Command(TermsDocumentId document, int version) {}
}
