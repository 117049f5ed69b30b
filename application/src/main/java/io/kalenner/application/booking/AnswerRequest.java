package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The provider's answer to a Pending request: accept it, or reject it with an optional reason.
 * The client is notified either way. A request that is no longer Pending (the client cancelled
 * it meanwhile, or it was answered already) is refused with {@code MOVE_NOT_ALLOWED}.
 */
public interface AnswerRequest {

    Either<Rejection, Appointment> accept(AccountId actor, AppointmentId appointment);

    Either<Rejection, Appointment> reject(AccountId actor, AppointmentId appointment, Option<String> reason);
}
