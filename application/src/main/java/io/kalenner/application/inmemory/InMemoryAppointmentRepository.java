package io.kalenner.application.inmemory;

import io.kalenner.application.port.AppointmentRepository;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

public final class InMemoryAppointmentRepository implements AppointmentRepository {

    private static final Comparator<Appointment> SOONEST_FIRST =
            Comparator.comparing((Appointment a) -> a.time().start()).thenComparing(Appointment::requestedAt);
    private static final Comparator<Appointment> MOST_RECENT_FIRST = SOONEST_FIRST.reversed();

    private final InMemoryTable<AppointmentId, Appointment> appointments;

    public InMemoryAppointmentRepository(InMemoryTransactions transactions) {
        this.appointments = new InMemoryTable<>(transactions);
    }

    @Override
    public Option<Appointment> findById(AppointmentId id) {
        return appointments.get(id);
    }

    @Override
    public Either<Rejection, Appointment> addIfFree(Appointment appointment, Duration buffer) {
        return appointments.atomically(() -> {
            if (!busyTimes(appointment.specialist(), appointment.time().widenedBy(buffer)).isEmpty()) {
                return Rejection.of(Reason.SLOT_TAKEN).asLeft();
            }
            appointments.put(appointment.id(), appointment);
            return Either.right(appointment);
        });
    }

    @Override
    public Option<Appointment> findForUpdate(AppointmentId id) {
        return appointments.get(id); // transactions are serialized: nobody else changes it meanwhile
    }

    @Override
    public void update(Appointment appointment) {
        appointments.atomically(() -> {
            if (appointments.get(appointment.id()).isEmpty()) {
                throw new IllegalStateException("no appointment " + appointment.id() + " to update");
            }
            appointments.put(appointment.id(), appointment);
            return appointment;
        });
    }

    @Override
    public List<TimeRange> busyTimes(AccountId specialist, TimeRange window) {
        return appointments.where(a -> a.specialist().equals(specialist) && a.status().holdsTime() && a.time().overlaps(window))
                .map(Appointment::time);
    }

    @Override
    public List<Appointment> ofClientEndingAfter(AccountId client, Instant from) {
        return appointments.where(a -> a.client().equals(client) && a.time().end().isAfter(from))
                .sortBy(a -> a.time().start());
    }

    @Override
    public List<Appointment> ofClientEndedBy(AccountId client, Instant until) {
        return appointments.where(a -> a.client().equals(client) && !a.time().end().isAfter(until))
                .sorted(MOST_RECENT_FIRST);
    }

    @Override
    public List<Appointment> ofClient(AccountId client) {
        return appointments.where(a -> a.client().equals(client)).sorted(SOONEST_FIRST);
    }

    @Override
    public List<Appointment> ofProviderSide(AccountId account, AppointmentStatus status) {
        return appointments.where(a -> a.status() == status && (a.provider().equals(account) || a.specialist().equals(account)))
                .sorted(SOONEST_FIRST);
    }

    @Override
    public List<Appointment> acceptedStartingBetween(Instant after, Instant until) {
        return appointments.where(a -> a.status() == AppointmentStatus.ACCEPTED
                        && a.time().start().isAfter(after) && !a.time().start().isAfter(until))
                .sorted(SOONEST_FIRST);
    }
}
