package io.kalenner.application.document;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.SharedDocument;
import io.vavr.control.Either;
import java.io.InputStream;

/**
 * The client or the provider's side uploads a document they share. The provider must be on the
 * client's list: the client is {@code NOT_YOUR_PROVIDER} otherwise, anyone but the two parties
 * {@code NOT_YOURS}. The store's refusals ({@code FILE_TOO_LARGE} with the limit in bytes,
 * {@code EMPTY_FILE}, {@code INVALID_INPUT} for a bad name) are the answer. Nobody is told (the
 * FAQ: no automatic notice of uploads), except a provider that opted in ({@link SetUploadNotice}):
 * a client's upload then owes it one {@code CLIENT_UPLOADED_DOCUMENT}, written in the transaction
 * that records the document. The provider's side is never told of its own uploads. The stream is
 * read, never closed.
 */
public interface UploadSharedDocument {

    Either<Rejection, SharedDocument> upload(AccountId actor, Command command);

    record Command(AccountId client, AccountId provider, InputStream content, String fileName, String contentType) {}
}
