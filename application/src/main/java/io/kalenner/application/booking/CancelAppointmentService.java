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

public final class CancelAppointmentService implements CancelAppointment {

    private final Ports ports;
    private final Access access;
    private final AppointmentChanges changes;

    public CancelAppointmentService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.changes = new AppointmentChanges(ports);
    }

    @Override
    public Either<Rejection, Appointment> cancel(AccountId actor, AppointmentId appointment, Option<String> reason) {
        return changes.change(actor, appointment, access::asParty,
                a -> a.cancel(reason.filter(text -> !text.isBlank()), ports.clock().instant()),
                Notification.Kind.APPOINTMENT_CANCELLED);
    }
}
