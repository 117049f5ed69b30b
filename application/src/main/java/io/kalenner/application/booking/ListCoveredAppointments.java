package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.schedule.ScheduleException;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * The appointments a holiday, vacation or absence of the acting provider's own schedule would
 * fall on: the Pending and Accepted ones it performs, not yet started, whose time the exception
 * closes in the provider's time setting; soonest first. Only its own: a client's appointment with
 * another provider, or one another member of its organization performs, is never among them. A
 * client is {@code NOT_A_PROVIDER}.
 */
public interface ListCoveredAppointments {

    Either<Rejection, List<Appointment>> covered(AccountId actor, ScheduleException exception);
}
