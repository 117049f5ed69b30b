package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentEvent;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class ViewAppointmentService implements ViewAppointment {

    private final Ports ports;
    private final Access access;
    private final AppointmentViews views;

    public ViewAppointmentService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.views = new AppointmentViews(ports, access);
    }

    @Override
    public Either<Rejection, AppointmentView> view(AccountId actor, AppointmentId id) {
        return ports.appointments().findById(id).toEither(() -> Rejection.of(Reason.NOT_FOUND, "appointment"))
                .flatMap(appointment -> access.asParty(actor, appointment))
                .flatMap(this::describe);
    }

    @Override
    public Either<Rejection, List<AppointmentEvent>> history(AccountId actor, AppointmentId id) {
        return ports.appointments().findById(id).toEither(() -> Rejection.of(Reason.NOT_FOUND, "appointment"))
                .flatMap(appointment -> access.asParty(actor, appointment))
                .map(appointment -> ports.history().of(appointment.id()));
    }

    @Override
    public List<AppointmentView> upcomingOfClient(AccountId actor) {
        return ports.appointments().holdingTimeOfClientEndingAfter(actor, ports.clock().instant())
                .flatMap(appointment -> describe(appointment).toOption());
    }

    @Override
    public List<AppointmentView> pastOfClient(AccountId actor) {
        return ports.appointments().ofClientEndedBy(actor, ports.clock().instant())
                .flatMap(appointment -> describe(appointment).toOption());
    }

    @Override
    public Either<Rejection, List<AppointmentView>> pendingRequestsOfProvider(AccountId actor) {
        return ofProviderSide(actor, AppointmentStatus.PENDING);
    }

    @Override
    public Either<Rejection, List<AppointmentView>> upcomingOfProvider(AccountId actor) {
        return ofProviderSide(actor, AppointmentStatus.ACCEPTED);
    }

    private Either<Rejection, List<AppointmentView>> ofProviderSide(AccountId actor, AppointmentStatus status) {
        return access.provider(actor).map(provider -> ports.appointments().ofProviderSide(provider.id(), status)
                .flatMap(appointment -> describe(appointment).toOption()));
    }

    private Either<Rejection, AppointmentView> describe(Appointment appointment) {
        return views.describe(appointment);
    }
}
