package io.kalenner.application.servicepackage;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.servicepackage.PackagePurchase;
import io.kalenner.domain.servicepackage.PurchasePayment;
import io.kalenner.domain.servicepackage.PurchaseId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

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
        PurchaseId id = command.purchase().getOrElse(() -> new PurchaseId(ports.ids().newId()));
        return ports.transactions().inTransaction(() -> access.provider(actor).flatMap(provider -> ports.packages()
                        .findPackage(command.servicePackage())
                        .toEither(() -> Rejection.of(Reason.NOT_FOUND, "package"))
                .filterOrElse(p -> p.provider().equals(actor), p -> Rejection.of(Reason.NOT_YOURS))
                .filterOrElse(p -> ports.accounts().hasProvider(command.client(), actor), p -> Rejection.of(Reason.NOT_YOURS, "client"))
                .flatMap(p -> {
                    Option<PackagePurchase> recorded = ports.packages().findPurchase(id);
                    if (recorded.isDefined()) {
                        return recorded.filter(r -> r.servicePackage().equals(p.id()) && r.client().equals(command.client()))
                                .toEither(() -> Rejection.of(Reason.NOT_YOURS, "purchase"));
                    }
                    Instant now = ports.clock().instant();
                    return p.sellTo(id, command.client(), now, provider.timeSetting().zone())
                            .peek(ports.packages()::addPurchase)
                            .flatMap(purchase -> paidNow(purchase, command.paidNow(), now).map(paid -> purchase));
                }))
                .flatMap(purchase -> standings.view(purchase).toEither(() -> Rejection.of(Reason.NOT_FOUND, "service"))));
    }

    /** Records what was paid at the sale, if anything: the price unless told otherwise, nothing for zero. */
    private Either<Rejection, Option<PurchasePayment>> paidNow(PackagePurchase purchase, Option<Money> told, Instant now) {
        Money amount = told.getOrElse(purchase.price());
        if (amount.minorUnits() == 0 && amount.currency().equals(purchase.price().currency())) {
            return Either.right(Option.none());
        }
        return purchase.pay(amount, now).peek(ports.packages()::addPayment).map(Option::some);
    }
}
