package io.kalenner.domain.servicepackage;

import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a purchase stands, derived and never stored: its sessions used (Completed, and Missed when
 * the provider's policy said so at the time), booked (Pending and Accepted appointments holding
 * one) and left (the rest); and what was paid towards its price and is still owed (D65, D66).
 *
 * @param paid the sum of the payments recorded against it
 */
public record PackageStanding(PackagePurchase purchase, int used, int booked, Money paid) {

    public PackageStanding {
        Objects.requireNonNull(purchase, "purchase");
        Objects.requireNonNull(paid, "paid");
        if (used < 0 || booked < 0 || used + booked > purchase.sessions()) {
            throw new IllegalArgumentException("used and booked sessions are between 0 and " + purchase.sessions() + ": " + used
                    + " used, " + booked + " booked");
        }
    }

    /** The purchase's standing given what each appointment it pays for does with its session, and its payments. */
    public static PackageStanding of(PackagePurchase purchase, Seq<SessionUse> uses, Seq<PurchasePayment> payments) {
        Money paid = payments.map(PurchasePayment::amount).foldLeft(Money.zero(purchase.price().currency()), Money::plus);
        return new PackageStanding(purchase, uses.count(u -> u == SessionUse.USED), uses.count(u -> u == SessionUse.BOOKED), paid);
    }

    /** Sessions neither used nor booked. */
    public int remaining() {
        return purchase.sessions() - used - booked;
    }

    public boolean exhausted() {
        return remaining() == 0;
    }

    /** What is still owed on the price; negative when more was paid. */
    public Money balance() {
        return purchase.price().minus(paid);
    }

    /**
     * Whether it may pay for a new appointment starting at the moment: a session left, and not
     * expired by the appointment's start (D67).
     */
    public boolean coversStartAt(Instant start) {
        return !exhausted() && !purchase.expiredAt(start);
    }

    /**
     * The purchase that pays for a new appointment of the service starting at the moment: the oldest
     * one of it that covers it, so that a client's packages are used up one after another; none
     * when every purchase of it is used up or expired by then.
     */
    public static Option<PackagePurchase> toCover(Seq<PackageStanding> standings, ServiceId service, Instant start) {
        return standings.filter(s -> s.purchase().service().equals(service) && s.coversStartAt(start))
                .sortBy(s -> s.purchase().purchasedAt())
                .headOption()
                .map(PackageStanding::purchase);
    }
}
