package io.kalenner.application.servicepackage;

import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

public final class RecordPurchasePaymentService implements RecordPurchasePayment {

    private final Ports ports;
    private final Standings standings;

    public RecordPurchasePaymentService(Ports ports) {
        this.ports = ports;
        this.standings = new Standings(ports);
    }

    @Override
    public Either<Rejection, ClientPackage> record(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> ports.packages().findPurchase(command.purchase())
                .toEither(() -> Rejection.of(Reason.NOT_FOUND, "purchase"))
                .filterOrElse(purchase -> purchase.provider().equals(actor), purchase -> Rejection.of(Reason.NOT_YOURS))
                .flatMap(purchase -> purchase.pay(command.amount(), ports.clock().instant())
                        .peek(ports.packages()::addPayment)
                        .map(paid -> purchase))
                .flatMap(purchase -> standings.view(purchase).toEither(() -> Rejection.of(Reason.NOT_FOUND, "service"))));
    }
}
