package io.kalenner.domain.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;

/**
 * A provider's offer of a number of sessions of one of its services at one price, paid in
 * advance. Defined once and never edited, only archived: an archived package is sold no more,
 * while the purchases already made keep their sessions.
 */
public record ServicePackage(PackageId id, AccountId provider, ServiceId service, int sessions, Money price, boolean archived) {

    public static final int MIN_SESSIONS = 1;
    public static final int MAX_SESSIONS = 100;

    public ServicePackage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(price, "price");
        if (!sessionsAllowed(sessions)) {
            throw new IllegalArgumentException("a package holds " + MIN_SESSIONS + " to " + MAX_SESSIONS + " sessions: " + sessions);
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("a price is not negative: " + price);
        }
    }

    /**
     * A new package of the service's provider. {@code SERVICE_ARCHIVED} for an archived service,
     * {@code SESSIONS_OUT_OF_RANGE} (detail {@code 1-100}) for too few or too many sessions,
     * {@code NEGATIVE_PRICE} for a price below zero.
     */
    public static Either<Rejection, ServicePackage> define(PackageId id, Service service, int sessions, Money price) {
        if (service.archived()) {
            return Rejection.of(Reason.SERVICE_ARCHIVED).asLeft();
        }
        if (!sessionsAllowed(sessions)) {
            return Rejection.of(Reason.SESSIONS_OUT_OF_RANGE, MIN_SESSIONS + "-" + MAX_SESSIONS).asLeft();
        }
        if (price.isNegative()) {
            return Rejection.of(Reason.NEGATIVE_PRICE).asLeft();
        }
        return Either.right(new ServicePackage(id, service.provider(), service.id(), sessions, price, false));
    }

    public static boolean sessionsAllowed(int sessions) {
        return sessions >= MIN_SESSIONS && sessions <= MAX_SESSIONS;
    }

    public ServicePackage archive() {
        return new ServicePackage(id, provider, service, sessions, price, true);
    }

    /**
     * The client buys this package now: the purchase copies the sessions and the price, so that
     * nothing done to the package later changes it. {@code PACKAGE_ARCHIVED} once archived.
     */
    public Either<Rejection, PackagePurchase> sellTo(PurchaseId purchase, AccountId client, Instant now) {
        return archived
                ? Rejection.of(Reason.PACKAGE_ARCHIVED).asLeft()
                : Either.right(new PackagePurchase(purchase, id, provider, service, client, sessions, price, now));
    }
}
