package io.kalenner.application.port;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.SharedDocumentId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** What is known of the documents each client shares with each provider; the bytes are in the {@link DocumentStore}. */
public interface SharedDocumentRepository {

    Option<SharedDocument> findById(SharedDocumentId id);

    void add(SharedDocument document);

    /** Removes the document; removing an unknown one changes nothing. */
    void remove(SharedDocumentId id);

    /** The documents this client and this provider share, in the order they were added. */
    List<SharedDocument> between(AccountId client, AccountId provider);

    /** The document whose bytes are this stored file, if one is recorded (a download link names only the file). */
    Option<SharedDocument> findByFile(FileId file);
}
