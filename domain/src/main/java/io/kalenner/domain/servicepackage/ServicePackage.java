package io.kalenner.domain.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A provider's offer of a number of sessions of one of its services at one price, paid in
 * advance, valid for a number of days from the purchase or without end. Defined once and never
 * edited, only archived: an archived package is sold no more, while the purchases already made
 * keep their sessions.
 *
 * @param validityDays how many days after the purchase date it covers bookings; none for no end
 */
public record ServicePackage(PackageId id, AccountId provider, ServiceId service, int sessions, Money price, boolean archived,
        Option<Integer> validityDays) {

    public static final int MIN_SESSIONS = 1;
    public static final int MAX_SESSIONS = 100;
    public static final int MIN_VALIDITY_DAYS = 1;
    public static final int MAX_VALIDITY_DAYS = 3650;

    public ServicePackage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(validityDays, "validityDays");
        if (!sessionsAllowed(sessions)) {
            throw new IllegalArgumentException("a package holds " + MIN_SESSIONS + " to " + MAX_SESSIONS + " sessions: " + sessions);
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("a price is not negative: " + price);
        }
        if (!validityDays.forAll(ServicePackage::validityAllowed)) {
            throw new IllegalArgumentException("a validity is " + MIN_VALIDITY_DAYS + " to " + MAX_VALIDITY_DAYS + " days: " + validityDays);
        }
    }

    /** A new package without an end. */
    public static Either<Rejection, ServicePackage> define(PackageId id, Service service, int sessions, Money price) {
        return define(id, service, sessions, price, Option.none());
    }

    /**
     * A new package of the service's provider. {@code SERVICE_ARCHIVED} for an archived service,
     * {@code SESSIONS_OUT_OF_RANGE} (detail {@code 1-100}) for too few or too many sessions,
     * {@code NEGATIVE_PRICE} for a price below zero, {@code INVALID_INPUT} (detail {@code validity})
     * for a validity outside 1–3650 days.
     */
    public static Either<Rejection, ServicePackage> define(PackageId id, Service service, int sessions, Money price,
            Option<Integer> validityDays) {
        if (service.archived()) {
            return Rejection.of(Reason.SERVICE_ARCHIVED).asLeft();
        }
        if (!sessionsAllowed(sessions)) {
            return Rejection.of(Reason.SESSIONS_OUT_OF_RANGE, MIN_SESSIONS + "-" + MAX_SESSIONS).asLeft();
        }
        if (price.isNegative()) {
            return Rejection.of(Reason.NEGATIVE_PRICE).asLeft();
        }
        if (!validityDays.forAll(ServicePackage::validityAllowed)) {
            return Rejection.of(Reason.INVALID_INPUT, "validity").asLeft();
        }
        return Either.right(new ServicePackage(id, service.provider(), service.id(), sessions, price, false, validityDays));
    }

    public static boolean sessionsAllowed(int sessions) {
        return sessions >= MIN_SESSIONS && sessions <= MAX_SESSIONS;
    }

    public static boolean validityAllowed(int days) {
        return days >= MIN_VALIDITY_DAYS && days <= MAX_VALIDITY_DAYS;
    }

    public ServicePackage archive() {
        return new ServicePackage(id, provider, service, sessions, price, true, validityDays);
    }

    /** As {@link #sellTo(PurchaseId, AccountId, Instant, ZoneId)} on UTC's calendar. */
    public Either<Rejection, PackagePurchase> sellTo(PurchaseId purchase, AccountId client, Instant now) {
        return sellTo(purchase, client, now, ZoneOffset.UTC);
    }

    /**
     * The client buys this package now: the purchase copies the sessions, the price and the
     * expiry the validity gives on the provider's calendar (the zone), so that nothing done to the
     * package later changes it. {@code PACKAGE_ARCHIVED} once archived.
     */
    public Either<Rejection, PackagePurchase> sellTo(PurchaseId purchase, AccountId client, Instant now, ZoneId zone) {
        return archived
                ? Rejection.of(Reason.PACKAGE_ARCHIVED).asLeft()
                : Either.right(new PackagePurchase(purchase, id, provider, service, client, sessions, price, now,
                        validityDays.map(days -> Expiry.after(now, days, zone))));
    }
}
