package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.application.servicepackage.Standings;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class ViewMyBalanceService implements ViewMyBalance {

    private final Ports ports;
    private final Access access;
    private final Standings standings;

    public ViewMyBalanceService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.standings = new Standings(ports);
    }

    @Override
    public Either<Rejection, List<Money>> owed(AccountId actor, AccountId provider) {
        return access.providerVisibleTo(actor, provider).map(p -> Owed.sum(
                ports.appointments().bearingOnBalanceOfClient(actor, provider),
                standings.balances(actor, provider)));
    }
}
