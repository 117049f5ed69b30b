package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.appointment.Appointment;
import io.vavr.control.Either;

/** Puts beside an appointment the names a person needs to recognise it. */
final class AppointmentViews {

    private final Ports ports;
    private final Access access;

    AppointmentViews(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    Either<Rejection, AppointmentView> describe(Appointment appointment) {
        return ports.services().findById(appointment.service()).toEither(() -> Rejection.of(Reason.NOT_FOUND, "service"))
                .flatMap(service -> access.account(appointment.provider())
                        .flatMap(provider -> access.account(appointment.specialist())
                                .flatMap(specialist -> access.account(appointment.client())
                                        .map(client -> new AppointmentView(appointment, service, provider, specialist, client)))));
    }
}
