package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.control.Either;

/**
 * A provider defines a package of one of its own services: a number of sessions (1 to 100) at one
 * price. {@code NOT_A_PROVIDER} for a client, {@code NOT_FOUND} for an unknown service,
 * {@code NOT_YOURS} for another provider's, {@code SERVICE_ARCHIVED},
 * {@code SESSIONS_OUT_OF_RANGE}, {@code NEGATIVE_PRICE}; a refusal stores nothing.
 */
public interface DefinePackage {

    Either<Rejection, ServicePackage> define(AccountId actor, Command command);

    record Command(ServiceId service, int sessions, Money price) {}
}
