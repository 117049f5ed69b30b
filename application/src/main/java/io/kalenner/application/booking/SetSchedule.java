package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.Schedule;
import io.vavr.control.Either;

/**
 * A provider replaces its schedule (working hours, buffer, notice, horizon, step). Its
 * exceptions (holidays, vacations, absences, overrides) are kept as they are, whatever the given
 * schedule holds: they change through {@link AddScheduleException} and {@link RemoveScheduleException}.
 */
public interface SetSchedule {

    Either<Rejection, Schedule> set(AccountId actor, Schedule schedule);
}
