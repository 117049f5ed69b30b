package io.kalenner.domain.servicepackage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a purchase stops covering new bookings: at the end of its last day, the purchase date plus
 * the package's validity in days, on the provider's calendar (D67).
 *
 * @param lastDay the last date it is valid on, as the provider's calendar reads it
 * @param endsAt  the moment that day ends
 */
public record Expiry(LocalDate lastDay, Instant endsAt) {

    public Expiry {
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(endsAt, "endsAt");
    }

    /** The expiry of a purchase made at the moment, valid for the days, read in the provider's zone. */
    public static Expiry after(Instant purchasedAt, int validityDays, ZoneId zone) {
        LocalDate lastDay = LocalDate.ofInstant(purchasedAt, zone).plusDays(validityDays);
        return new Expiry(lastDay, lastDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Whether it has expired by the moment: from the end of the last day on. */
    public boolean passedAt(Instant moment) {
        return !moment.isBefore(endsAt);
    }
}
