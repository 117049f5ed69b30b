package io.kalenner.application.servicepackage;

import io.kalenner.application.port.Ports;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.servicepackage.PackagePurchase;
import io.kalenner.domain.servicepackage.PackageStanding;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * How purchases stand, read from the appointments they pay for; shared by the package use cases
 * and by the booking, which asks which purchase pays for a new appointment.
 */
public final class Standings {

    private final Ports ports;

    public Standings(Ports ports) {
        this.ports = ports;
    }

    PackageStanding of(PackagePurchase purchase) {
        return PackageStanding.of(purchase, ports.packages().sessionsOf(purchase.id())
                        .flatMap(session -> ports.appointments().findById(session.appointment()).map(a -> session.use(a.status()))),
                ports.packages().paymentsOf(purchase.id()));
    }

    /** The purchase as a person sees it; none when its service or client is gone (never, with the storage's keys). */
    Option<ClientPackage> view(PackagePurchase purchase) {
        return ports.services().findById(purchase.service()).flatMap(service -> ports.accounts().findById(purchase.client())
                .map(client -> new ClientPackage(of(purchase), service, client, purchase.expiredAt(ports.clock().instant()))));
    }

    List<ClientPackage> views(List<PackagePurchase> purchases) {
        return purchases.flatMap(this::view);
    }

    /** The balance of each purchase the client made from the provider. */
    public List<Money> balances(AccountId client, AccountId provider) {
        return ports.packages().purchasesOf(client, provider).map(purchase -> of(purchase).balance());
    }

    /** The balance of every purchase from the provider, by the client that bought it. */
    public Map<AccountId, List<Money>> balancesByClient(AccountId provider) {
        return ports.packages().purchasesFrom(provider).groupBy(PackagePurchase::client)
                .mapValues(purchases -> purchases.map(purchase -> of(purchase).balance()));
    }

    /**
     * The client's purchase that pays for a new appointment of the service starting at the moment,
     * held for the current transaction (see {@link io.kalenner.application.port.PackageRepository#purchasesForUpdate}).
     */
    public Option<PackagePurchase> payerFor(AccountId client, AccountId provider, ServiceId service, Instant start) {
        return PackageStanding.toCover(ports.packages().purchasesForUpdate(client, provider).map(this::of), service, start);
    }
}
