package io.kalenner.domain.service;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.profile.WebLink;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.Objects;

/**
 * A bookable service of one provider: a name, a duration, a price, and optionally a description
 * and a payment link the client is given to pay with (D48). Archived services are no longer
 * offered but keep their history.
 */
public record Service(ServiceId id, AccountId provider, String name, Duration duration, Money price,
        Option<String> description, Option<WebLink> paymentLink, boolean archived) {

    public static final Duration LONGEST = Duration.ofHours(24);
    /** The longest description, in characters. */
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    public Service {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(paymentLink, "paymentLink");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a service has a name");
        }
        if (duration.isZero() || duration.isNegative() || duration.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a service lasts between a minute and a day: " + duration);
        }
        if (price.isNegative()) {
            throw new IllegalArgumentException("a price is not negative: " + price);
        }
        if (description.exists(d -> d.isBlank() || !d.equals(d.strip()) || d.length() > MAX_DESCRIPTION_LENGTH)) {
            throw new IllegalArgumentException("a description is trimmed, not blank and at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
    }

    /** A service without description or payment link. */
    public Service(ServiceId id, AccountId provider, String name, Duration duration, Money price, boolean archived) {
        this(id, provider, name, duration, price, Option.none(), Option.none(), archived);
    }

    /**
     * A description as typed, trimmed; blank means none; longer than
     * {@value #MAX_DESCRIPTION_LENGTH} characters is {@code TEXT_TOO_LONG}.
     */
    public static Either<Rejection, Option<String>> description(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > MAX_DESCRIPTION_LENGTH) {
            return Rejection.of(Rejection.Reason.TEXT_TOO_LONG, MAX_DESCRIPTION_LENGTH).asLeft();
        }
        return Either.right(stripped.isEmpty() ? Option.none() : Option.some(stripped));
    }

    /** A payment link as typed; blank means none; anything but an absolute http(s) URL is {@code INVALID_URL}. */
    public static Either<Rejection, Option<WebLink>> paymentLink(String text) {
        return text == null || text.isBlank() ? Either.right(Option.none()) : WebLink.parse(text).map(Option::some);
    }

    /**
     * The same service with a new name, duration and price; its id, provider, description,
     * payment link and archived state stay. Appointments already requested keep the price and time
     * they were made with.
     *
     * @throws IllegalArgumentException when a value breaks the rules of a service
     */
    public Service edit(String newName, Duration newDuration, Money newPrice) {
        return new Service(id, provider, newName, newDuration, newPrice, description, paymentLink, archived);
    }

    /** The same service with this description, or none. */
    public Service withDescription(Option<String> newDescription) {
        return new Service(id, provider, name, duration, price, newDescription, paymentLink, archived);
    }

    /** The same service with this payment link, or none. */
    public Service withPaymentLink(Option<WebLink> newPaymentLink) {
        return new Service(id, provider, name, duration, price, description, newPaymentLink, archived);
    }

    public Service archive() {
        return new Service(id, provider, name, duration, price, description, paymentLink, true);
    }
}
