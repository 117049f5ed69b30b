package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.ScheduleException;
import io.kalenner.domain.schedule.ScheduleExceptions;
import io.vavr.control.Either;

/**
 * A provider marks a holiday, a vacation, an absence or a date override in its own schedule.
 * Only the provider itself may (as with {@link SetSchedule}); an exception wholly in the past,
 * longer than the booking horizon or clashing with one already there is refused and nothing
 * changes. Existing appointments are kept: the exception closes only slots not yet taken.
 */
public interface AddScheduleException {

    /** All of the provider's exceptions, the new one among them. */
    Either<Rejection, ScheduleExceptions> add(AccountId actor, Command command);

    record Command(ScheduleException exception) {
        public Command {
            java.util.Objects.requireNonNull(exception, "exception");
        }
    }
}
