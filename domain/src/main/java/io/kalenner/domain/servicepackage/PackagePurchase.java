package io.kalenner.domain.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A client's purchase of a package: the sessions, the price and the validity as they were when it
 * was bought. What was paid towards it is recorded apart ({@link PurchasePayment}, D66); how many
 * sessions are used, booked and left, and what is still owed, are not kept but derived
 * ({@link PackageStanding}).
 *
 * @param expiry when it stops covering new bookings; none for a package without a validity
 */
public record PackagePurchase(PurchaseId id, PackageId servicePackage, AccountId provider, ServiceId service, AccountId client,
        int sessions, Money price, Instant purchasedAt, Option<Expiry> expiry) {

    public PackagePurchase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(servicePackage, "servicePackage");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(purchasedAt, "purchasedAt");
        Objects.requireNonNull(expiry, "expiry");
        if (!ServicePackage.sessionsAllowed(sessions)) {
            throw new IllegalArgumentException("a package holds " + ServicePackage.MIN_SESSIONS + " to " + ServicePackage.MAX_SESSIONS
                    + " sessions: " + sessions);
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("a price is not negative: " + price);
        }
    }

    /** Whether it has expired by the moment; one without a validity never does. */
    public boolean expiredAt(Instant moment) {
        return expiry.exists(e -> e.passedAt(moment));
    }

    /**
     * The client pays towards it: more than zero, in the purchase's currency. An amount over what is
     * owed is taken as it is and leaves the balance negative, as an overpaid appointment's does.
     * {@code INVALID_INPUT} (detail {@code amount}) for zero or less, or another currency, as for an appointment's payment.
     */
    public Either<Rejection, PurchasePayment> pay(Money amount, Instant now) {
        return amount.minorUnits() > 0 && amount.currency().equals(price.currency())
                ? Either.right(new PurchasePayment(id, amount, now))
                : Rejection.of(Reason.INVALID_INPUT, "amount").asLeft();
    }
}
