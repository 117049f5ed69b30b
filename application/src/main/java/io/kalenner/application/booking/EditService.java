package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;

/**
 * The owning provider renames a service, or gives it a new duration, price, description or
 * payment link; what is left out stays. Appointments already requested keep the price and time they were made with. Only the
 * provider whose service it is may edit it ({@code NOT_YOURS}; members of an organization may
 * not); an archived service is not edited ({@code SERVICE_ARCHIVED}); a value a service cannot
 * have is {@code INVALID_INPUT} (D15), a description too long {@code TEXT_TOO_LONG}, a payment
 * link that is not an absolute http(s) address {@code INVALID_URL} (D48); a refused edit changes
 * nothing.
 */
public interface EditService {

    Either<Rejection, Service> edit(AccountId actor, Command command);

    /**
     * Each detail, or none to keep it; a description or payment link given blank is cleared.
     */
    record Command(ServiceId service, Option<String> name, Option<Duration> duration, Option<Money> price,
            Option<String> description, Option<String> paymentLink) {

        /** An edit of name, duration or price only. */
        public Command(ServiceId service, Option<String> name, Option<Duration> duration, Option<Money> price) {
            this(service, name, duration, price, Option.none(), Option.none());
        }
    }
}
