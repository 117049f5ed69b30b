package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

public final class AnswerRequestService implements AnswerRequest {

    private final Ports ports;
    private final Access access;
    private final AppointmentChanges changes;

    public AnswerRequestService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.changes = new AppointmentChanges(ports);
    }

    @Override
    public Either<Rejection, Appointment> accept(AccountId actor, AppointmentId appointment) {
        Instant now = ports.clock().instant();
        return changes.change(actor, appointment, access::asProvider, a -> a.accept(now).peek(accepted -> skipPassedReminders(accepted, now)),
                Notification.Kind.APPOINTMENT_ACCEPTED);
    }

    // accepted after a reminder's moment (e.g. 3 hours before the start): that reminder would only repeat the acceptance
    private void skipPassedReminders(Appointment accepted, Instant now) {
        ports.reminders().leadsOf(accepted.provider()).passedAt(accepted.time().start(), now)
                .forEach(lead -> ports.reminders().markSent(accepted.id(), lead));
    }

    @Override
    public Either<Rejection, Appointment> reject(AccountId actor, AppointmentId appointment, Option<String> reason) {
        return changes.change(actor, appointment, access::asProvider, a -> a.reject(reason.filter(text -> !text.isBlank())),
                Notification.Kind.APPOINTMENT_REJECTED);
    }
}
