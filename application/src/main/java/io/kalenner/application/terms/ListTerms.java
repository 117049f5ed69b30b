package io.kalenner.application.terms;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.Consent;
import io.kalenner.domain.document.ConsentState;
import io.kalenner.domain.document.TermsDocument;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A provider's terms documents, in the order they were uploaded. A client of the provider sees
 * each with its state for that client ({@code NOT_YOUR_PROVIDER} for anyone else); the provider
 * and, for an organization, its members see who agreed to which version, withdrawals included
 * ({@code NOT_YOURS} for anyone else).
 */
public interface ListTerms {

    Either<Rejection, List<ClientTerms>> forClient(AccountId actor, AccountId provider);

    Either<Rejection, List<ProviderTerms>> forProvider(AccountId actor, AccountId provider);

    /** @param consent the client's consent to the current version in force, if signed */
    record ClientTerms(TermsDocument document, ConsentState state, Option<Consent> consent) {}

    /** @param consents every consent given to the document, oldest first */
    record ProviderTerms(TermsDocument document, List<Signature> consents) {}

    record Signature(Account client, Consent consent) {}
}
