package io.kalenner.application.servicepackage;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

public final class ListMyPackagesService implements ListMyPackages {

    private final Ports ports;
    private final Access access;
    private final Standings standings;

    public ListMyPackagesService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.standings = new Standings(ports);
    }

    @Override
    public Either<Rejection, List<ClientPackage>> fromProvider(AccountId actor, AccountId provider) {
        return access.providerVisibleTo(actor, provider).map(p -> standings.views(ports.packages().purchasesOf(actor, p.id())));
    }

    @Override
    public Either<Rejection, Option<ClientPackage>> payingFor(AccountId actor, AppointmentId appointment) {
        return ports.appointments().findById(appointment).toEither(() -> Rejection.of(Reason.NOT_FOUND, "appointment"))
                .flatMap(a -> access.asParty(actor, a))
                .map(a -> ports.packages().payerOf(a.id()).flatMap(ports.packages()::findPurchase).flatMap(standings::view));
    }
}
