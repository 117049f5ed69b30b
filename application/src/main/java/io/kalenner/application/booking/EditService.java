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
 * The owning provider renames a service, or gives it a new duration or price; what is left out
 * stays. Appointments already requested keep the price and time they were made with. Only the
 * provider whose service it is may edit it ({@code NOT_YOURS}; members of an organization may
 * not); an archived service is not edited ({@code SERVICE_ARCHIVED}); a value a service cannot
 * have is {@code INVALID_INPUT} (D15).
 */
public interface EditService {

    Either<Rejection, Service> edit(AccountId actor, Command command);

    /** Each detail, or none to keep it. */
    record Command(ServiceId service, Option<String> name, Option<Duration> duration, Option<Money> price) {}
}
