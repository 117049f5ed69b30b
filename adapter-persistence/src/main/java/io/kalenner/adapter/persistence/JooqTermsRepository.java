package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.CONSENT;
import static io.kalenner.adapter.persistence.jooq.Tables.TERMS_DOCUMENT;
import static io.kalenner.adapter.persistence.jooq.Tables.TERMS_VERSION;

import io.kalenner.adapter.persistence.jooq.ConsentRecord;
import io.kalenner.adapter.persistence.jooq.TermsDocumentRecord;
import io.kalenner.adapter.persistence.jooq.TermsVersionRecord;
import io.kalenner.application.port.TermsRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.Consent;
import io.kalenner.domain.document.ConsentId;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.kalenner.domain.document.TermsVersion;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Terms documents (a row each, with their version rows) and consents. */
final class JooqTermsRepository implements TermsRepository {

    private final JooqTransactions transactions;

    JooqTermsRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Option<TermsDocument> findById(TermsDocumentId id) {
        return Option.ofOptional(transactions.dsl().selectFrom(TERMS_DOCUMENT).where(TERMS_DOCUMENT.ID.eq(id.value())).fetchOptional())
                .map(row -> toDocument(row, List.ofAll(transactions.dsl().selectFrom(TERMS_VERSION)
                        .where(TERMS_VERSION.DOCUMENT_ID.eq(id.value())).orderBy(TERMS_VERSION.NUMBER).fetch())));
    }

    @Override
    public void save(TermsDocument document) {
        var d = TERMS_DOCUMENT;
        transactions.dsl().insertInto(d, d.ID, d.PROVIDER_ID, d.TITLE, d.CONSENT_REQUIRED)
                .values(document.id().value(), document.provider().value(), document.title(), document.consentRequired())
                .onConflict(d.ID).doUpdate()
                .set(d.TITLE, document.title())
                .set(d.CONSENT_REQUIRED, document.consentRequired())
                .execute();
        var v = TERMS_VERSION;
        var insert = transactions.dsl().insertInto(v, v.DOCUMENT_ID, v.NUMBER, v.FILE_ID, v.FILE_NAME, v.UPLOADED_AT);
        for (TermsVersion version : document.versions()) {
            insert = insert.values(document.id().value(), version.number(), version.file().value(), version.fileName(), version.uploadedAt());
        }
        // versions are only added: those saved before are left as they are
        insert.onConflictDoNothing().execute();
    }

    @Override
    public List<TermsDocument> ofProvider(AccountId provider) {
        List<TermsDocumentRecord> rows = List.ofAll(transactions.dsl().selectFrom(TERMS_DOCUMENT)
                .where(TERMS_DOCUMENT.PROVIDER_ID.eq(provider.value())).orderBy(TERMS_DOCUMENT.POSITION).fetch());
        if (rows.isEmpty()) {
            return List.empty();
        }
        Map<UUID, java.util.List<TermsVersionRecord>> versions = transactions.dsl().selectFrom(TERMS_VERSION)
                .where(TERMS_VERSION.DOCUMENT_ID.in(rows.map(TermsDocumentRecord::getId).toJavaList()))
                .orderBy(TERMS_VERSION.DOCUMENT_ID, TERMS_VERSION.NUMBER)
                .fetch().stream()
                .collect(Collectors.groupingBy(TermsVersionRecord::getDocumentId));
        return rows.map(row -> toDocument(row, List.ofAll(versions.get(row.getId()))));
    }

    @Override
    public void saveConsent(Consent consent) {
        var c = CONSENT;
        transactions.dsl().insertInto(c, c.ID, c.DOCUMENT_ID, c.VERSION, c.CLIENT_ID, c.SIGNED_AT, c.WITHDRAWN_AT)
                .values(consent.id().value(), consent.document().value(), consent.version(), consent.client().value(),
                        consent.signedAt(), consent.withdrawnAt().getOrNull())
                .onConflict(c.ID).doUpdate()
                .set(c.WITHDRAWN_AT, consent.withdrawnAt().getOrNull())
                .execute();
    }

    @Override
    public List<Consent> consentsTo(TermsDocumentId document) {
        return List.ofAll(transactions.dsl().selectFrom(CONSENT).where(CONSENT.DOCUMENT_ID.eq(document.value()))
                        .orderBy(CONSENT.POSITION).fetch())
                .map(JooqTermsRepository::toConsent);
    }

    @Override
    public Option<TermsDocument> findByFile(FileId file) {
        return Option.ofOptional(transactions.dsl().select(TERMS_VERSION.DOCUMENT_ID).from(TERMS_VERSION)
                        .where(TERMS_VERSION.FILE_ID.eq(file.value())).limit(1).fetchOptional(TERMS_VERSION.DOCUMENT_ID))
                .flatMap(document -> findById(new TermsDocumentId(document)));
    }

    private static TermsDocument toDocument(TermsDocumentRecord row, List<TermsVersionRecord> versions) {
        return new TermsDocument(new TermsDocumentId(row.getId()), new AccountId(row.getProviderId()), row.getTitle(),
                row.getConsentRequired(),
                versions.map(v -> new TermsVersion(v.getNumber(), new FileId(v.getFileId()), v.getFileName(), v.getUploadedAt())));
    }

    private static Consent toConsent(ConsentRecord row) {
        return new Consent(new ConsentId(row.getId()), new TermsDocumentId(row.getDocumentId()), row.getVersion(),
                new AccountId(row.getClientId()), row.getSignedAt(), Option.of(row.getWithdrawnAt()));
    }
}
