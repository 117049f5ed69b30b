package io.kalenner.application.terms;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.control.Either;
import java.io.InputStream;

/**
 * A provider uploads a terms document, or a new version of one of its own; a new version makes
 * every client's consent pending again. When the document needs consent, each of the provider's
 * clients is notified ({@code TERMS_TO_SIGN}, in the same transaction). The file goes to the document store, whose refusals
 * ({@code FILE_TOO_LARGE}, {@code EMPTY_FILE}, {@code INVALID_INPUT} for a bad file name) are
 * the answer. A client is {@code NOT_A_PROVIDER}; another provider's document, or a member of the
 * organization whose it is, {@code NOT_YOURS}; an unknown one {@code NOT_FOUND}; a blank title
 * {@code INVALID_INPUT}. The stream is read, never closed.
 */
public interface UploadTermsDocument {

    Either<Rejection, TermsDocument> newDocument(AccountId actor, NewDocument command);

    Either<Rejection, TermsDocument> newVersion(AccountId actor, NewVersion command);

    /** The uploaded file. */
    record Upload(InputStream content, String fileName, String contentType) {}

    record NewDocument(String title, boolean consentRequired, Upload file) {}

    record NewVersion(TermsDocumentId document, Upload file) {}
}
