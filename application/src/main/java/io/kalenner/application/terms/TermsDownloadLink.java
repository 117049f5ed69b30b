package io.kalenner.application.terms;

import io.kalenner.application.port.SignedLink;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.control.Either;

/**
 * A download link to one version of a terms document, made for the actor and valid for five
 * minutes. The provider, its members and its clients may have one ({@code NOT_YOURS} for anyone
 * else); an unknown document or version is {@code NOT_FOUND}.
 */
public interface TermsDownloadLink {

    Either<Rejection, SignedLink> link(AccountId actor, Command command);

    record Command(TermsDocumentId document, int version) {}
}
