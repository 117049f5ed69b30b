package io.kalenner.application.port;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.Consent;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Providers' terms documents with their versions, and the consents clients gave to them. */
public interface TermsRepository {

    Option<TermsDocument> findById(TermsDocumentId id);

    /**
     * Inserts or replaces the document. Versions are only ever added: a saved version is never
     * changed, and the document's provider never changes.
     */
    void save(TermsDocument document);

    /** The provider's documents, in the order they were first saved. */
    List<TermsDocument> ofProvider(AccountId provider);

    /** Inserts or replaces the consent with this id (a withdrawal replaces it). */
    void saveConsent(Consent consent);

    /** Every consent ever given to the document, withdrawn ones included, in the order first saved. */
    List<Consent> consentsTo(TermsDocumentId document);

    /** The document one of whose versions is this stored file, with all its versions (a download link names only the file). */
    Option<TermsDocument> findByFile(FileId file);
}
