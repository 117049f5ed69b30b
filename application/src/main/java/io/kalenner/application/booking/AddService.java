package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.Objects;

/**
 * A provider adds a service to its catalogue. A value a service cannot have is
 * {@code INVALID_INPUT}, a description too long {@code TEXT_TOO_LONG}, a payment link that is not
 * an absolute http(s) address {@code INVALID_URL}; nothing is added then.
 */
public interface AddService {

    Either<Rejection, Service> add(AccountId actor, Command command);

    /** The description and payment link as typed, blank for none. */
    record Command(String name, Duration duration, Money price, String description, String paymentLink) {

        public Command {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(paymentLink, "paymentLink");
        }

        /** A service without description or payment link. */
        public Command(String name, Duration duration, Money price) {
            this(name, duration, price, "", "");
        }
    }
}
