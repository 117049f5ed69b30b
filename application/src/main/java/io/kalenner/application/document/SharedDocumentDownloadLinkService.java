package io.kalenner.application.document;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.Ports;
import io.kalenner.application.port.SignedLink;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.SharedDocumentId;
import io.vavr.control.Either;

public final class SharedDocumentDownloadLinkService implements SharedDocumentDownloadLink {

    private final Ports ports;
    private final Sharing sharing;

    public SharedDocumentDownloadLinkService(Ports ports, Access access) {
        this.ports = ports;
        this.sharing = new Sharing(ports, access);
    }

    @Override
    public Either<Rejection, SignedLink> link(AccountId actor, SharedDocumentId id) {
        return sharing.readable(actor, id).map(document -> ports.links().sign(new DocumentId(document.file().value()), actor));
    }
}
