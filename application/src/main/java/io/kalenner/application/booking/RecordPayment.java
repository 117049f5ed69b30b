package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.money.Money;
import io.vavr.control.Either;

/**
 * The provider records an amount received for an appointment; the balance (price − paid) may go
 * negative when overpaid. The client is notified. The amount is positive and in the
 * appointment's currency ({@code INVALID_INPUT} otherwise).
 */
public interface RecordPayment {

    Either<Rejection, Appointment> record(AccountId actor, AppointmentId appointment, Money amount);
}
