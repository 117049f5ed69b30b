package io.kalenner.application.document;

import io.kalenner.application.access.Access;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.SharedDocumentId;
import io.vavr.control.Either;

public final class UploadSharedDocumentService implements UploadSharedDocument {

    private final Ports ports;
    private final Sharing sharing;

    public UploadSharedDocumentService(Ports ports, Access access) {
        this.ports = ports;
        this.sharing = new Sharing(ports, access);
    }

    @Override
    public Either<Rejection, SharedDocument> upload(AccountId actor, Command command) {
        // checked before the upload is read, and again in the transaction that records it
        Either<Rejection, AccountId> refused = sharing.party(actor, command.client(), command.provider());
        if (refused.isLeft()) {
            return Either.left(refused.getLeft());
        }
        return ports.documents().storeThen(command.content(), command.fileName(), command.contentType(), stored ->
                ports.transactions().inTransaction(() -> sharing.party(actor, command.client(), command.provider())
                        .map(uploader -> new SharedDocument(new SharedDocumentId(ports.ids().newId()), command.client(),
                                command.provider(), uploader, new FileId(stored.id().value()), stored.fileName(), stored.size(),
                                ports.clock().instant()))
                        .peek(ports.sharedDocuments()::add)
                        .peek(this::noticeIfOptedIn)));
    }

    /** A client's upload tells the provider account when it opted in; an upload by the provider's side tells nobody. */
    private void noticeIfOptedIn(SharedDocument document) {
        if (!document.uploadedByProvider() && ports.reminders().uploadNoticeOf(document.provider())) {
            ports.outbox().add(new Notification(new NotificationId(ports.ids().newId()), document.provider(),
                    Notification.Kind.CLIENT_UPLOADED_DOCUMENT, new Notification.AboutSharedDocument(document.id()), document.uploadedAt()));
        }
    }
}
