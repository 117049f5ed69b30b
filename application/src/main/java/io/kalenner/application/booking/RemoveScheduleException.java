package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.ScheduleException;
import io.kalenner.domain.schedule.ScheduleExceptions;
import io.vavr.control.Either;

/** A provider removes one of its schedule exceptions; one it does not have is {@code NOT_FOUND}. */
public interface RemoveScheduleException {

    /** All of the provider's exceptions left. */
    Either<Rejection, ScheduleExceptions> remove(AccountId actor, Command command);

    record Command(ScheduleException exception) {
        public Command {
            java.util.Objects.requireNonNull(exception, "exception");
        }
    }
}
