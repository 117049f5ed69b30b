package io.kalenner.application.terms;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.control.Either;

/**
 * The provider marks one of its terms documents as needing the clients' consent or not. Consents
 * already given are kept either way. Turning consent on notifies each client of the provider who
 * has no consent in force to the current version ({@code TERMS_TO_SIGN}). Only the provider whose document it is ({@code NOT_YOURS};
 * an unknown one is {@code NOT_FOUND}).
 */
public interface SetConsentRequired {

    Either<Rejection, TermsDocument> set(AccountId actor, Command command);

    record Command(TermsDocumentId document, boolean required) {}
}
