package io.kalenner.application.document;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.SharedDocumentId;
import io.vavr.control.Either;

/**
 * The account that uploaded a shared document deletes it, its file included; anyone else is
 * {@code NOT_YOURS} (the other party and an organization's other members too), an unknown or
 * already deleted document {@code NOT_FOUND}.
 */
public interface DeleteSharedDocument {

    /** The document as it was. */
    Either<Rejection, SharedDocument> delete(AccountId actor, SharedDocumentId document);
}
