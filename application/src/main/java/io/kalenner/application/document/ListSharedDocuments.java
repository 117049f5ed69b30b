package io.kalenner.application.document;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.SharedDocument;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * The documents a client and a provider share, oldest first, each telling whether the provider's
 * side uploaded it ({@link SharedDocument#uploadedByProvider()}). For the two parties only, as
 * {@link UploadSharedDocument} says.
 */
public interface ListSharedDocuments {

    Either<Rejection, List<SharedDocument>> list(AccountId actor, AccountId client, AccountId provider);
}
