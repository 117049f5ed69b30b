package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.schedule.ScheduleException;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A provider cancels, in one go and with one reason, every appointment its exception falls on
 * ({@link ListCoveredAppointments} as they are at that moment): each is cancelled as
 * {@link CancelAppointment} would, its client notified with the reason, all in one transaction.
 * Appointments outside the exception, or not the provider's own, are untouched. Returns those
 * cancelled (none, when the clients had cancelled them meanwhile).
 */
public interface CancelCoveredAppointments {

    Either<Rejection, List<Appointment>> cancelCovered(AccountId actor, Command command);

    /** A blank reason is none. */
    record Command(ScheduleException exception, Option<String> reason) {
        public Command {
            Objects.requireNonNull(exception, "exception");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
