package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * A client asks for a service at a start time; the appointment is Pending and the provider is
 * notified. A time that is no longer free is refused with {@code SLOT_TAKEN} (someone was
 * faster) or {@code SLOT_NOT_OFFERED} (outside the schedule's rules).
 */
public interface RequestAppointment {

    Either<Rejection, Appointment> request(AccountId actor, Command command);

    record Command(ServiceId service, Instant start) {}
}
