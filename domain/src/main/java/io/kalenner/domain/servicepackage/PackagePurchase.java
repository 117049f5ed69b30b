package io.kalenner.domain.servicepackage;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import java.time.Instant;
import java.util.Objects;

/**
 * A client's purchase of a package: the sessions and the price as they were when it was bought.
 * Recording it says the client has paid the package's price; the appointments it covers then cost
 * nothing more (D51). How many sessions are left is not kept but derived ({@link PackageStanding}).
 */
public record PackagePurchase(PurchaseId id, PackageId servicePackage, AccountId provider, ServiceId service, AccountId client,
        int sessions, Money price, Instant purchasedAt) {

    public PackagePurchase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(servicePackage, "servicePackage");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(purchasedAt, "purchasedAt");
        if (!ServicePackage.sessionsAllowed(sessions)) {
            throw new IllegalArgumentException("a package holds " + ServicePackage.MIN_SESSIONS + " to " + ServicePackage.MAX_SESSIONS
                    + " sessions: " + sessions);
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("a price is not negative: " + price);
        }
    }
}
