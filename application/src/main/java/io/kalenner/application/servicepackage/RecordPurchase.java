package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.servicepackage.PackageId;
import io.vavr.control.Either;

/**
 * The provider records that one of its clients bought (and paid for) one of its packages; from
 * then on the client's bookings of that service are paid by it while sessions are left (D51).
 * {@code NOT_A_PROVIDER}, {@code NOT_FOUND} for an unknown package, {@code NOT_YOURS} for another
 * provider's package or for someone who is not the provider's client, {@code PACKAGE_ARCHIVED}.
 */
public interface RecordPurchase {

    Either<Rejection, ClientPackage> record(AccountId actor, Command command);

    record Command(PackageId servicePackage, AccountId client) {}
}
