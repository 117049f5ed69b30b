package io.kalenner.application.document;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.SharedDocumentId;
import io.vavr.control.Either;

public final class DeleteSharedDocumentService implements DeleteSharedDocument {

    private final Ports ports;
    private final Sharing sharing;

    public DeleteSharedDocumentService(Ports ports, Access access) {
        this.ports = ports;
        this.sharing = new Sharing(ports, access);
    }

    @Override
    public Either<Rejection, SharedDocument> delete(AccountId actor, SharedDocumentId id) {
        Either<Rejection, SharedDocument> deleted = ports.transactions().inTransaction(() -> sharing.readable(actor, id)
                .filterOrElse(document -> document.uploadedBy().equals(actor), document -> Rejection.of(Reason.NOT_YOURS))
                .peek(document -> ports.sharedDocuments().remove(document.id())));
        // the file goes once nothing refers to it any more; a crash in between leaves an unreferenced file, never a dangling record
        deleted.forEach(document -> ports.documents().delete(new DocumentId(document.file().value())));
        return deleted;
    }
}
