package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A client asks for a service at a start time; the appointment is Pending and the provider's
 * side is notified. For an organization's service the client names a member specialist, or
 * none for "any free specialist": then the first member (in joining order) free at that time
 * performs it. A time that is no longer free is refused with {@code SLOT_TAKEN} (someone was
 * faster) or {@code SLOT_NOT_OFFERED} (outside the schedule's rules); a named specialist who
 * does not perform the provider's services is {@code NOT_FOUND}. When the client bought packages of
 * the service, the oldest purchase with a session left pays for the appointment, whose price is then
 * nothing (D50, D51); two requests of one client never take the same last session.
 */
public interface RequestAppointment {

    Either<Rejection, Appointment> request(AccountId actor, Command command);

    /** @param specialist the chosen specialist, or none for any free one */
    record Command(ServiceId service, Instant start, Option<AccountId> specialist) {

        /** Any free specialist. */
        public Command(ServiceId service, Instant start) {
            this(service, start, Option.none());
        }
    }
}
