package io.kalenner.application.servicepackage;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class ListClientPackagesService implements ListClientPackages {

    private final Ports ports;
    private final Access access;
    private final Standings standings;

    public ListClientPackagesService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.standings = new Standings(ports);
    }

    @Override
    public Either<Rejection, List<ClientPackage>> ofAllClients(AccountId actor) {
        return access.provider(actor).map(provider -> standings.views(ports.packages().purchasesFrom(provider.id())));
    }

    @Override
    public Either<Rejection, List<ClientPackage>> ofClient(AccountId actor, AccountId client) {
        return access.provider(actor)
                .filterOrElse(provider -> ports.accounts().hasProvider(client, actor), provider -> Rejection.of(Reason.NOT_YOURS, "client"))
                .map(provider -> standings.views(ports.packages().purchasesOf(client, provider.id())));
    }
}
