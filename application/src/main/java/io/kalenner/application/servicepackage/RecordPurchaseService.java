package io.kalenner.application.servicepackage;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.servicepackage.PurchaseId;
import io.vavr.control.Either;

public final class RecordPurchaseService implements RecordPurchase {

    private final Ports ports;
    private final Access access;
    private final Standings standings;

    public RecordPurchaseService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.standings = new Standings(ports);
    }

    @Override
    public Either<Rejection, ClientPackage> record(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> access.provider(actor)
                .flatMap(provider -> ports.packages().findPackage(command.servicePackage())
                        .toEither(() -> Rejection.of(Reason.NOT_FOUND, "package")))
                .filterOrElse(p -> p.provider().equals(actor), p -> Rejection.of(Reason.NOT_YOURS))
                .filterOrElse(p -> ports.accounts().hasProvider(command.client(), actor), p -> Rejection.of(Reason.NOT_YOURS, "client"))
                .flatMap(p -> p.sellTo(new PurchaseId(ports.ids().newId()), command.client(), ports.clock().instant()))
                .peek(ports.packages()::addPurchase)
                .flatMap(purchase -> standings.view(purchase).toEither(() -> Rejection.of(Reason.NOT_FOUND, "service"))));
    }
}
