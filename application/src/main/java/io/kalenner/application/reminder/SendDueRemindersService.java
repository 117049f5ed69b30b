package io.kalenner.application.reminder;

import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.appointment.ReminderLeads;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

public final class SendDueRemindersService implements SendDueReminders {

    private final Ports ports;

    public SendDueRemindersService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public int sendDue() {
        Instant now = ports.clock().instant();
        Map<AccountId, ReminderLeads> leadsByProvider = new HashMap<>();
        int reminded = 0;
        for (Appointment appointment : ports.appointments().acceptedStartingBetween(now, now.plus(ReminderLeads.LONGEST))) {
            ReminderLeads leads = leadsByProvider.computeIfAbsent(appointment.provider(), ports.reminders()::leadsOf);
            for (Duration lead : leads.dueAt(appointment.time().start(), now)) {
                if (remind(appointment, lead, now).isRight()) {
                    reminded++;
                }
            }
        }
        return reminded;
    }

    // one transaction per appointment: the mark and the notifications are kept together or not at all
    private Either<Rejection, Appointment> remind(Appointment seen, Duration lead, Instant now) {
        return ports.transactions().inTransaction(() -> ports.appointments().findForUpdate(seen.id())
                // cancelled since it was listed: owed nothing
                .filter(appointment -> appointment.status() == AppointmentStatus.ACCEPTED)
                .toEither(() -> Rejection.of(Reason.MOVE_NOT_ALLOWED, "no longer accepted"))
                .filterOrElse(appointment -> ports.reminders().markSent(appointment.id(), lead),
                        appointment -> Rejection.of(Reason.MOVE_NOT_ALLOWED, "already reminded"))
                .peek(appointment -> List.of(appointment.client(), appointment.specialist()).distinct()
                        .forEach(recipient -> ports.outbox().add(new Notification(new NotificationId(ports.ids().newId()),
                                recipient, Notification.Kind.APPOINTMENT_REMINDER, appointment.id(), now)))));
    }
}
