package io.kalenner.application.inmemory;

import io.kalenner.application.port.TermsRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.Consent;
import io.kalenner.domain.document.ConsentId;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.collection.List;
import io.vavr.control.Option;

public final class InMemoryTermsRepository implements TermsRepository {

    private final InMemoryTable<TermsDocumentId, TermsDocument> documents;
    private final InMemoryTable<ConsentId, Consent> consents;

    public InMemoryTermsRepository(InMemoryTransactions transactions) {
        this.documents = new InMemoryTable<>(transactions);
        this.consents = new InMemoryTable<>(transactions);
    }

    @Override
    public Option<TermsDocument> findById(TermsDocumentId id) {
        return documents.get(id);
    }

    @Override
    public void save(TermsDocument document) {
        documents.put(document.id(), document);
    }

    @Override
    public List<TermsDocument> ofProvider(AccountId provider) {
        return documents.where(d -> d.provider().equals(provider));
    }

    @Override
    public void saveConsent(Consent consent) {
        consents.put(consent.id(), consent);
    }

    @Override
    public List<Consent> consentsTo(TermsDocumentId document) {
        return consents.where(c -> c.document().equals(document));
    }

    @Override
    public Option<TermsDocument> findByFile(FileId file) {
        return documents.where(d -> d.versions().exists(v -> v.file().equals(file))).headOption();
    }
}
