package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.PurchaseId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The provider records that one of its clients bought (and paid for) one of its packages; from
 * then on the client's bookings of that service are paid by it while sessions are left (D51).
 * {@code NOT_A_PROVIDER}, {@code NOT_FOUND} for an unknown package, {@code NOT_YOURS} for another
 * provider's package or for someone who is not the provider's client, {@code PACKAGE_ARCHIVED}.
 * A caller may name the purchase: recording a purchase of that id again (a button pressed twice)
 * records nothing and answers the purchase as it stands.
 */
public interface RecordPurchase {

    Either<Rejection, ClientPackage> record(AccountId actor, Command command);

    /** @param purchase the purchase's id, or none for a new one */
    record Command(PackageId servicePackage, AccountId client, Option<PurchaseId> purchase) {

        /** A new purchase. */
        public Command(PackageId servicePackage, AccountId client) {
            this(servicePackage, client, Option.none());
        }
    }
}
