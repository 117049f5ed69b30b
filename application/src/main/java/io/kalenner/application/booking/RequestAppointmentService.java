package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentEvent;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.servicepackage.PackagePurchase;
import io.kalenner.application.servicepackage.Standings;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

public final class RequestAppointmentService implements RequestAppointment {

    private final Ports ports;
    private final Access access;
    private final OpenSlots openSlots;
    private final Performers performers;
    private final Standings packages;

    public RequestAppointmentService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.openSlots = new OpenSlots(ports);
        this.performers = new Performers(ports);
        this.packages = new Standings(ports);
    }

    @Override
    public Either<Rejection, Appointment> request(AccountId actor, Command command) {
        Instant now = ports.clock().instant();
        return ports.transactions().inTransaction(() -> ports.services().findById(command.service())
                .toEither(() -> Rejection.of(Reason.NOT_FOUND, "service"))
                .flatMap(service -> access.providerVisibleTo(actor, service.provider())
                        .filterOrElse(provider -> !service.archived(), provider -> Rejection.of(Reason.SERVICE_ARCHIVED))
                        .flatMap(provider -> performers.of(provider, service.id(), command.specialist()))
                        .flatMap(candidates -> book(actor, service, candidates, command.start(), now)))
                .peek(appointment -> ports.history().add(AppointmentEvent.requested(appointment)))
                .peek(appointment -> AppointmentChanges.notifyAllBut(ports, actor, appointment,
                        Notification.Kind.APPOINTMENT_REQUESTED)));
    }

    /**
     * Books the first candidate free at the start. {@code SLOT_TAKEN} when some candidate's
     * schedule offers the start but every such one is busy, {@code SLOT_NOT_OFFERED} when none offers it.
     * The client's purchases are read (and held) before the specialist's time is, always in that order.
     */
    private Either<Rejection, Appointment> book(AccountId client, Service service, List<Account> candidates, Instant start, Instant now) {
        AppointmentId id = new AppointmentId(ports.ids().newId());
        Rejection refusal = Rejection.of(Reason.SLOT_NOT_OFFERED);
        Option<PackagePurchase> payer = packages.payerFor(client, service.provider(), service.id(), start);
        for (Account specialist : candidates) {
            Appointment asked = Appointment.request(id, service, specialist.id(), client, start, now);
            Appointment request = payer.isDefined() ? asked.prepaid() : asked;
            // the schedule's rules here; whether the time is still free, buffer included, is the storage's atomic check
            Either<Rejection, Appointment> booked = openSlots.offering(specialist, service, start, now)
                    .flatMap(schedule -> ports.appointments().addIfFree(request, schedule.buffer()))
                    .peek(booking -> payer.forEach(purchase -> ports.packages().cover(purchase.id(), booking.id())));
            if (booked.isRight()) {
                return booked;
            }
            if (booked.getLeft().reason() == Reason.SLOT_TAKEN) {
                refusal = booked.getLeft();
            }
        }
        return refusal.asLeft();
    }
}
