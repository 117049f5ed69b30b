package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class ListClientsService implements ListClients {

    private final Ports ports;
    private final Access access;

    public ListClientsService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, List<Account>> clients(AccountId actor, AccountId provider) {
        return access.providerSide(actor, provider).map(p -> ports.accounts().clientsOf(p.id()));
    }
}
