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
import java.util.function.Function;

public final class InMemoryAppointmentRepository implements AppointmentRepository {

    private static final Comparator<Appointment> SOONEST_FIRST =
            Comparator.comparing((Appointment a) -> a.time().start()).thenComparing(Appointment::requestedAt);
    private static final Comparator<Appointment> MOST_RECENT_FIRST = SOONEST_FIRST.reversed();

    private final InMemoryTable<AppointmentId, Appointment> appointments;
    private final InMemoryTable<AppointmentId, Appointment>.Index<AccountId> byClient;
    private final InMemoryTable<AppointmentId, Appointment>.Index<AccountId> timeHoldersByClient;
    private final InMemoryTable<AppointmentId, Appointment>.Index<AppointmentStatus> byStatus;
    /** Only the appointments that hold their time, as cancelled ones pile up. */
    private final InMemoryTable<AppointmentId, Appointment>.Index<AccountId> timeHoldersBySpecialist;

    public InMemoryAppointmentRepository(InMemoryTransactions transactions) {
        this.appointments = new InMemoryTable<>(transactions);
        this.byClient = appointments.indexBy(Appointment::client);
        this.byStatus = appointments.indexBy(Appointment::status);
        this.timeHoldersByClient = appointments.partialIndexBy(whileHoldingTime(Appointment::client));
        this.timeHoldersBySpecialist = appointments.partialIndexBy(whileHoldingTime(Appointment::specialist));
    }

    /** The attribute of an appointment that holds its time; none for the others, which the index leaves out. */
    private static <A> Function<Appointment, Option<A>> whileHoldingTime(Function<Appointment, A> attribute) {
        return a -> a.status().holdsTime() ? Option.some(attribute.apply(a)) : Option.none();
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
        return timeHoldersBySpecialist.where(specialist, a -> a.time().overlaps(window))
                .map(Appointment::time);
    }

    @Override
    public List<Appointment> holdingTimeOfClientEndingAfter(AccountId client, Instant from) {
        return timeHoldersByClient.where(client, a -> a.time().end().isAfter(from))
                .sorted(SOONEST_FIRST);
    }

    @Override
    public List<Appointment> ofClientEndedBy(AccountId client, Instant until) {
        return byClient.where(client, a -> !a.time().end().isAfter(until))
                .sorted(MOST_RECENT_FIRST);
    }

    @Override
    public List<Appointment> ofClient(AccountId client) {
        return byClient.where(client).sorted(SOONEST_FIRST);
    }

    @Override
    public List<Appointment> bearingOnBalanceOfClient(AccountId client, AccountId provider) {
        return byClient.where(client, a -> a.provider().equals(provider) && a.bearsOnBalance()).sorted(SOONEST_FIRST);
    }

    @Override
    public List<Appointment> ofProviderSide(AccountId account, AppointmentStatus status) {
        return byStatus.where(status, a -> a.provider().equals(account) || a.specialist().equals(account))
                .sorted(SOONEST_FIRST);
    }

    @Override
    public List<Appointment> acceptedStartingBetween(Instant after, Instant until) {
        return byStatus.where(AppointmentStatus.ACCEPTED,
                        a -> a.time().start().isAfter(after) && !a.time().start().isAfter(until))
                .sorted(SOONEST_FIRST);
    }
}
