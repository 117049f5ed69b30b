package io.kalenner.application.document;

import io.kalenner.application.port.SignedLink;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.SharedDocumentId;
import io.vavr.control.Either;

/**
 * A download link to a shared document, made for the actor and valid for five minutes: for the
 * client, the provider and, for an organization, its members ({@code NOT_YOURS} for anyone
 * else); an unknown document is {@code NOT_FOUND}.
 */
public interface SharedDocumentDownloadLink {

    Either<Rejection, SignedLink> link(AccountId actor, SharedDocumentId document);
}
