package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.schedule.ScheduleException;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/** Lists and cancels the appointments a provider's schedule exception falls on. */
public final class CoveredAppointmentsService implements ListCoveredAppointments, CancelCoveredAppointments {

    private final Ports ports;
    private final Access access;
    private final AppointmentChanges changes;

    public CoveredAppointmentsService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.changes = new AppointmentChanges(ports);
    }

    @Override
    public Either<Rejection, List<Appointment>> covered(AccountId actor, ScheduleException exception) {
        return access.provider(actor).map(provider -> coveredOf(provider, exception, ports.clock().instant()));
    }

    @Override
    public Either<Rejection, List<Appointment>> cancelCovered(AccountId actor, Command command) {
        Option<String> reason = command.reason().map(String::strip).filter(text -> !text.isEmpty());
        return ports.transactions().inTransaction(() -> access.provider(actor).flatMap(provider -> {
            Instant now = ports.clock().instant();
            return Either.sequenceRight(coveredOf(provider, command.exception(), now).map(appointment -> changes.change(actor, appointment.id(),
                    access::asParty, locked -> locked.cancel(reason, now), Notification.Kind.APPOINTMENT_CANCELLED)))
                    .map(List::ofAll);
        }));
    }

    /** The exception is a date range of the provider's own calendar, so its times are read in the provider's setting. */
    private List<Appointment> coveredOf(Account provider, ScheduleException exception, Instant now) {
        return List.of(AppointmentStatus.PENDING, AppointmentStatus.ACCEPTED)
                .flatMap(status -> ports.appointments().ofProviderSide(provider.id(), status))
                .filter(appointment -> appointment.specialist().equals(provider.id())) // its own schedule: those it performs
                .filter(appointment -> !appointment.hasStarted(now))
                .filter(appointment -> exception.closes(appointment.time(), provider.timeSetting().zone()))
                .sortBy(appointment -> appointment.time().start());
    }
}
