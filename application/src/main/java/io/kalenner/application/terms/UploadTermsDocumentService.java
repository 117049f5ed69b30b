package io.kalenner.application.terms;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.application.port.StoredDocument;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.control.Either;

public final class UploadTermsDocumentService implements UploadTermsDocument {

    private final Ports ports;
    private final Access access;
    private final OwnTerms terms;
    private final ConsentRequests consentRequests;

    public UploadTermsDocumentService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.terms = new OwnTerms(ports, access);
        this.consentRequests = new ConsentRequests(ports);
    }

    @Override
    public Either<Rejection, TermsDocument> newDocument(AccountId actor, NewDocument command) {
        // checked before the upload is read, and again in the transaction that records it
        Either<Rejection, String> refused = access.provider(actor).flatMap(p -> TermsDocument.validTitle(command.title()));
        if (refused.isLeft()) {
            return Either.left(refused.getLeft());
        }
        Upload file = command.file();
        return ports.documents().storeThen(file.content(), file.fileName(), file.contentType(), stored ->
                ports.transactions().inTransaction(() -> access.provider(actor)
                        .flatMap(provider -> TermsDocument.create(new TermsDocumentId(ports.ids().newId()), provider.id(),
                                command.title(), command.consentRequired(), fileOf(stored), stored.fileName(), ports.clock().instant()))
                        .peek(ports.terms()::save)
                        .peek(consentRequests::askPending)));
    }

    @Override
    public Either<Rejection, TermsDocument> newVersion(AccountId actor, NewVersion command) {
        Either<Rejection, TermsDocument> refused = terms.own(actor, command.document());
        if (refused.isLeft()) {
            return refused;
        }
        Upload file = command.file();
        return ports.documents().storeThen(file.content(), file.fileName(), file.contentType(), stored ->
                ports.transactions().inTransaction(() -> terms.own(actor, command.document())
                        .map(document -> document.withNewVersion(fileOf(stored), stored.fileName(), ports.clock().instant()))
                        .peek(ports.terms()::save)
                        .peek(consentRequests::askPending)));
    }

    static FileId fileOf(StoredDocument stored) {
        return new FileId(stored.id().value());
    }
}
