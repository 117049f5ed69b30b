package io.kalenner.application.document;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.SharedDocument;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class ListSharedDocumentsService implements ListSharedDocuments {

    private final Ports ports;
    private final Sharing sharing;

    public ListSharedDocumentsService(Ports ports, Access access) {
        this.ports = ports;
        this.sharing = new Sharing(ports, access);
    }

    @Override
    public Either<Rejection, List<SharedDocument>> list(AccountId actor, AccountId client, AccountId provider) {
        return sharing.party(actor, client, provider).map(party -> ports.sharedDocuments().between(client, provider));
    }
}
