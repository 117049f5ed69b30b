package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.control.Either;

/**
 * After an Accepted appointment's start, its provider marks it Completed, or Missed when the
 * client did not come; the client is notified. Before the start it is {@code NOT_STARTED_YET}.
 * A package paying for a Missed one records its provider's policy at that moment (D65).
 */
public interface CloseAppointment {

    Either<Rejection, Appointment> complete(AccountId actor, AppointmentId appointment);

    Either<Rejection, Appointment> markMissed(AccountId actor, AppointmentId appointment);
}
