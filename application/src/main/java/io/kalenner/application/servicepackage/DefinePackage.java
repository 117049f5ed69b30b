package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A provider defines a package of one of its own services: a number of sessions (1 to 100) at one
 * price. {@code NOT_A_PROVIDER} for a client, {@code NOT_FOUND} for an unknown service,
 * {@code NOT_YOURS} for another provider's, {@code SERVICE_ARCHIVED},
 * {@code SESSIONS_OUT_OF_RANGE}, {@code NEGATIVE_PRICE}, {@code INVALID_INPUT} for a validity
 * outside 1–3650 days; a refusal stores nothing.
 */
public interface DefinePackage {

    Either<Rejection, ServicePackage> define(AccountId actor, Command command);

    /** @param validityDays days after the purchase date it covers bookings (1 to 3650), or none for no end (D67) */
    record Command(ServiceId service, int sessions, Money price, Option<Integer> validityDays) {

        /** A package without an end. */
        public Command(ServiceId service, int sessions, Money price) {
            this(service, sessions, price, Option.none());
        }
    }
}
