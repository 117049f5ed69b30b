package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.SHARED_DOCUMENT;

import io.kalenner.adapter.persistence.jooq.SharedDocumentRecord;
import io.kalenner.application.port.SharedDocumentRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.SharedDocumentId;
import io.vavr.collection.List;
import io.vavr.control.Option;

final class JooqSharedDocumentRepository implements SharedDocumentRepository {

    private final JooqTransactions transactions;

    JooqSharedDocumentRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Option<SharedDocument> findById(SharedDocumentId id) {
        return Option.ofOptional(transactions.dsl().selectFrom(SHARED_DOCUMENT).where(SHARED_DOCUMENT.ID.eq(id.value())).fetchOptional())
                .map(JooqSharedDocumentRepository::toDocument);
    }

    @Override
    public void add(SharedDocument document) {
        var s = SHARED_DOCUMENT;
        transactions.dsl().insertInto(s, s.ID, s.CLIENT_ID, s.PROVIDER_ID, s.UPLOADED_BY, s.FILE_ID, s.FILE_NAME, s.SIZE_BYTES, s.UPLOADED_AT)
                .values(document.id().value(), document.client().value(), document.provider().value(), document.uploadedBy().value(),
                        document.file().value(), document.fileName(), document.size(), document.uploadedAt())
                .execute();
    }

    @Override
    public void remove(SharedDocumentId id) {
        transactions.dsl().deleteFrom(SHARED_DOCUMENT).where(SHARED_DOCUMENT.ID.eq(id.value())).execute();
    }

    @Override
    public List<SharedDocument> between(AccountId client, AccountId provider) {
        return List.ofAll(transactions.dsl().selectFrom(SHARED_DOCUMENT)
                        .where(SHARED_DOCUMENT.CLIENT_ID.eq(client.value()).and(SHARED_DOCUMENT.PROVIDER_ID.eq(provider.value())))
                        .orderBy(SHARED_DOCUMENT.POSITION)
                        .fetch())
                .map(JooqSharedDocumentRepository::toDocument);
    }

    @Override
    public Option<SharedDocument> findByFile(FileId file) {
        return Option.ofOptional(transactions.dsl().selectFrom(SHARED_DOCUMENT).where(SHARED_DOCUMENT.FILE_ID.eq(file.value())).fetchOptional())
                .map(JooqSharedDocumentRepository::toDocument);
    }

    private static SharedDocument toDocument(SharedDocumentRecord row) {
        return new SharedDocument(new SharedDocumentId(row.getId()), new AccountId(row.getClientId()), new AccountId(row.getProviderId()),
                new AccountId(row.getUploadedBy()), new FileId(row.getFileId()), row.getFileName(), row.getSizeBytes(), row.getUploadedAt());
    }
}
