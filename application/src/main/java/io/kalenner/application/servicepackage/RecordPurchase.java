package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.PurchaseId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The provider records that one of its clients bought one of its packages, and what the client
 * paid for it now (the package's price unless told otherwise; zero records no payment, more than
 * the price leaves the balance negative); from then on the client's bookings of that service are
 * paid by it while sessions are left and it has not expired (D51, D66, D67). The expiry is set on
 * the provider's calendar (its time setting). {@code INVALID_INPUT} for a payment below zero or in
 * another currency.
 * {@code NOT_A_PROVIDER}, {@code NOT_FOUND} for an unknown package, {@code NOT_YOURS} for another
 * provider's package or for someone who is not the provider's client, {@code PACKAGE_ARCHIVED}.
 * A caller may name the purchase: recording a purchase of that id again (a button pressed twice)
 * records nothing and answers the purchase as it stands.
 */
public interface RecordPurchase {

    Either<Rejection, ClientPackage> record(AccountId actor, Command command);

    /**
     * @param purchase the purchase's id, or none for a new one
     * @param paidNow  what the client paid at the sale, or none for the package's price
     */
    record Command(PackageId servicePackage, AccountId client, Option<PurchaseId> purchase, Option<Money> paidNow) {

        /** A new purchase, paid in full. */
        public Command(PackageId servicePackage, AccountId client) {
            this(servicePackage, client, Option.none(), Option.none());
        }
    }
}
