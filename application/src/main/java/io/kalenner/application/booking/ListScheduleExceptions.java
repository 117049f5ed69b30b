package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.ScheduleException;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * A provider's schedule exceptions that are not over yet (their last date is today or later on
 * the provider's calendar), in date order. Only the provider itself may list them.
 */
public interface ListScheduleExceptions {

    Either<Rejection, List<ScheduleException>> list(AccountId actor);
}
