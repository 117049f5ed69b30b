package io.kalenner.application.inmemory;

import io.kalenner.application.port.SharedDocumentRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.SharedDocumentId;
import io.vavr.collection.List;
import io.vavr.control.Option;

public final class InMemorySharedDocumentRepository implements SharedDocumentRepository {

    private final InMemoryTable<SharedDocumentId, SharedDocument> documents;

    public InMemorySharedDocumentRepository(InMemoryTransactions transactions) {
        this.documents = new InMemoryTable<>(transactions);
    }

    @Override
    public Option<SharedDocument> findById(SharedDocumentId id) {
        return documents.get(id);
    }

    @Override
    public void add(SharedDocument document) {
        documents.put(document.id(), document);
    }

    @Override
    public void remove(SharedDocumentId id) {
        documents.remove(id);
    }

    @Override
    public List<SharedDocument> between(AccountId client, AccountId provider) {
        return documents.where(d -> d.client().equals(client) && d.provider().equals(provider));
    }

    @Override
    public Option<SharedDocument> findByFile(FileId file) {
        return documents.where(d -> d.file().equals(file)).headOption();
    }
}
