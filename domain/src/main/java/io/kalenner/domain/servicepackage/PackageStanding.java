package io.kalenner.domain.servicepackage;

import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where a purchase stands: how many of its sessions are used and how many are left. A session is
 * taken by each appointment the purchase covers while that appointment is Pending, Accepted,
 * Completed or Missed; a Rejected or Cancelled one gives its session back (D50).
 */
public record PackageStanding(PackagePurchase purchase, int used) {

    public PackageStanding {
        Objects.requireNonNull(purchase, "purchase");
        if (used < 0 || used > purchase.sessions()) {
            throw new IllegalArgumentException("used sessions are between 0 and " + purchase.sessions() + ": " + used);
        }
    }

    /** The purchase's standing given the statuses of the appointments it covers. */
    public static PackageStanding of(PackagePurchase purchase, Seq<AppointmentStatus> covered) {
        return new PackageStanding(purchase, covered.count(PackageStanding::takesSession));
    }

    /** Whether an appointment in this status keeps the session it was given. */
    public static boolean takesSession(AppointmentStatus status) {
        return switch (status) {
            case PENDING, ACCEPTED, COMPLETED, MISSED -> true;
            case REJECTED, CANCELLED -> false;
        };
    }

    public int remaining() {
        return purchase.sessions() - used;
    }

    public boolean exhausted() {
        return remaining() == 0;
    }

    /**
     * The purchase that pays for a new appointment of the service: the oldest one of it with a
     * session left, so that a client's packages are used up one after another; none when every
     * purchase of it is used up.
     */
    public static Option<PackagePurchase> toCover(Seq<PackageStanding> standings, ServiceId service) {
        return standings.filter(s -> s.purchase().service().equals(service) && !s.exhausted())
                .sortBy(s -> s.purchase().purchasedAt())
                .headOption()
                .map(PackageStanding::purchase);
    }
}
