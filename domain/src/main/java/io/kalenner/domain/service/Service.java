package io.kalenner.domain.service;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import java.time.Duration;
import java.util.Objects;

/** A bookable service of one provider. Archived services are no longer offered but keep their history. */
public record Service(ServiceId id, AccountId provider, String name, Duration duration, Money price, boolean archived) {

    public static final Duration LONGEST = Duration.ofHours(24);

    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(price, "price");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a service has a name");
        }
        if (duration.isZero() || duration.isNegative() || duration.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a service lasts between a minute and a day: " + duration);
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("a price is not negative: " + price);
        }
    }

    /**
     * The same service with a new name, duration and price; its id, provider and archived state
     * stay. Appointments already requested keep the price and time they were made with.
     *
     * @throws IllegalArgumentException when a value breaks the rules of a service
     */
    public Service edit(String newName, Duration newDuration, Money newPrice) {
        return new Service(id, provider, newName, newDuration, newPrice, archived);
    }

    public Service archive() {
        return new Service(id, provider, name, duration, price, true);
    }
}
