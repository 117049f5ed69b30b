package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.control.Either;
import java.time.Instant;

public final class RequestAppointmentService implements RequestAppointment {

    private final Ports ports;
    private final Access access;
    private final OpenSlots openSlots;

    public RequestAppointmentService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.openSlots = new OpenSlots(ports);
    }

    @Override
    public Either<Rejection, Appointment> request(AccountId actor, Command command) {
        Instant now = ports.clock().instant();
        return ports.transactions().inTransaction(() -> ports.services().findById(command.service())
                .toEither(() -> Rejection.of(Reason.NOT_FOUND, "service"))
                .flatMap(service -> access.providerVisibleTo(actor, service.provider())
                        .filterOrElse(provider -> !service.archived(), provider -> Rejection.of(Reason.SERVICE_ARCHIVED))
                        .flatMap(provider -> openSlots.check(provider, service, command.start(), now).map(start -> provider))
                        .map(provider -> Appointment.request(new AppointmentId(ports.ids().newId()), service, provider.id(), actor, command.start(), now)))
                .flatMap(ports.appointments()::addIfFree)
                .peek(appointment -> notify(appointment, now)));
    }

    private void notify(Appointment appointment, Instant now) {
        ports.outbox().add(new Notification(new NotificationId(ports.ids().newId()), appointment.specialist(),
                Notification.Kind.APPOINTMENT_REQUESTED, appointment.id(), now));
    }
}
