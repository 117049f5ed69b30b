package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Either party cancels a Pending or Accepted appointment before its start, with an optional
 * reason; the other party is notified. After the start it is {@code ALREADY_STARTED}.
 */
public interface CancelAppointment {

    Either<Rejection, Appointment> cancel(AccountId actor, AppointmentId appointment, Option<String> reason);
}
