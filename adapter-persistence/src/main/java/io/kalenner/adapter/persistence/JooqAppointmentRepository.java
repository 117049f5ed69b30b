package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.APPOINTMENT;

import io.kalenner.adapter.persistence.jooq.AppointmentRecord;
import io.kalenner.application.port.AppointmentRepository;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.OrderField;
import org.jooq.Results;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Appointments. A booking first takes a transaction-scoped advisory lock on its specialist, so
 * the bookings of one specialist queue up instead of deadlocking on the exclusion constraint;
 * the constraint stays as the guard that holds whatever the caller does.
 */
final class JooqAppointmentRepository implements AppointmentRepository {

    /** SQLSTATEs that mean another booking got the time first. */
    private static final java.util.Set<String> TAKEN_MEANWHILE = java.util.Set.of(
            "23P01", // exclusion_violation: the constraint refused the overlap
            "40P01"); // deadlock_detected: two overlapping inserts waited on each other

    /**
     * Pending or Accepted. The statuses are literals, not parameters: a generic plan can then
     * prove that the partial indexes on the time holders (the exclusion constraint's, V19's) apply.
     */
    private static final Condition HOLDS_TIME = APPOINTMENT.STATUS.in(statuses(AppointmentStatus::holdsTime).map(DSL::inline).toJavaList());
    private static final Condition IS_OWED = APPOINTMENT.STATUS.in(statuses(AppointmentStatus::isOwed).toJavaList());

    private static final OrderField<?>[] SOONEST_FIRST = {APPOINTMENT.STARTS_AT, APPOINTMENT.REQUESTED_AT};
    private static final OrderField<?>[] MOST_RECENT_FIRST = {APPOINTMENT.STARTS_AT.desc(), APPOINTMENT.REQUESTED_AT.desc()};

    private final JooqTransactions transactions;

    JooqAppointmentRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Option<Appointment> findById(AppointmentId id) {
        return Option.ofOptional(transactions.dsl().selectFrom(APPOINTMENT).where(APPOINTMENT.ID.eq(id.value())).fetchOptional())
                .map(JooqAppointmentRepository::toAppointment);
    }

    @Override
    public Either<Rejection, Appointment> addIfFree(Appointment appointment, Duration buffer) {
        try {
            // the lock is held until the insert commits: in the caller's transaction (a refusal leaves it usable), else in its own
            return transactions.isOpen()
                    ? insertUnlessTaken(transactions.dsl(), appointment, buffer)
                    : transactions.inTransaction(() -> insertUnlessTaken(transactions.dsl(), appointment, buffer));
        } catch (DataAccessException e) {
            if (TAKEN_MEANWHILE.contains(e.sqlState())) {
                return Rejection.of(Reason.SLOT_TAKEN).asLeft();
            }
            throw e;
        }
    }

    /**
     * Takes the specialist's advisory lock, then inserts unless an appointment holds time within
     * the buffer: two statements sent as one request. The insert is a statement of its own so that
     * its snapshot is taken after the lock was granted and sees every booking committed before; a
     * refusal is then an empty result, which leaves the caller's transaction usable. The lock makes
     * the buffer hold across instances; the exclusion constraint guards the overlap alone, also
     * against writers that bypass the lock.
     */
    private static Either<Rejection, Appointment> insertUnlessTaken(DSLContext dsl, Appointment appointment, Duration buffer) {
        AppointmentRecord row = toRecord(appointment);
        var insert = dsl.insertInto(APPOINTMENT).columns(APPOINTMENT.fields())
                .select(dsl.select(List.of(APPOINTMENT.fields()).map(field -> valueOf(row, field)).toJavaList())
                        .whereNotExists(dsl.selectOne().from(APPOINTMENT)
                                .where(holdingTimeOf(appointment.specialist(), appointment.time().widenedBy(buffer)))))
                .returning(APPOINTMENT.ID);
        Results results = dsl.resultQuery("SELECT pg_advisory_xact_lock({0}); {1}", DSL.val(lockKey(appointment.specialist())), insert)
                .fetchMany();
        boolean inserted = results.size() == 2 && results.get(1).isNotEmpty();
        return inserted ? Either.right(appointment) : Rejection.of(Reason.SLOT_TAKEN).asLeft();
    }

    @Override
    public Option<Appointment> findForUpdate(AppointmentId id) {
        return Option.ofOptional(transactions.dsl().selectFrom(APPOINTMENT).where(APPOINTMENT.ID.eq(id.value())).forUpdate().fetchOptional())
                .map(JooqAppointmentRepository::toAppointment);
    }

    @Override
    public void update(Appointment appointment) {
        int updated = transactions.dsl().update(APPOINTMENT)
                .set(APPOINTMENT.STATUS, appointment.status().name())
                .set(APPOINTMENT.REASON, appointment.reason().getOrNull())
                .set(APPOINTMENT.PAID_MINOR, appointment.paid().minorUnits())
                .where(APPOINTMENT.ID.eq(appointment.id().value()))
                .execute();
        if (updated != 1) {
            throw new IllegalStateException("no appointment " + appointment.id() + " to update");
        }
    }

    @Override
    public List<TimeRange> busyTimes(AccountId specialist, TimeRange window) {
        return List.ofAll(transactions.dsl().select(APPOINTMENT.STARTS_AT, APPOINTMENT.ENDS_AT).from(APPOINTMENT)
                        .where(holdingTimeOf(specialist, window))
                        .orderBy(APPOINTMENT.STARTS_AT)
                        .fetch())
                .map(times -> new TimeRange(times.value1(), times.value2()));
    }

    @Override
    public List<Appointment> holdingTimeOfClientEndingAfter(AccountId client, Instant from) {
        return appointments(APPOINTMENT.CLIENT_ID.eq(client.value()).and(HOLDS_TIME).and(APPOINTMENT.ENDS_AT.gt(from)), SOONEST_FIRST);
    }

    @Override
    public List<Appointment> ofClientEndedBy(AccountId client, Instant until) {
        return appointments(APPOINTMENT.CLIENT_ID.eq(client.value()).and(APPOINTMENT.ENDS_AT.le(until)), MOST_RECENT_FIRST);
    }

    @Override
    public List<Appointment> ofClient(AccountId client) {
        return appointments(APPOINTMENT.CLIENT_ID.eq(client.value()), SOONEST_FIRST);
    }

    @Override
    public List<Appointment> bearingOnBalanceOfClient(AccountId client, AccountId provider) {
        return appointments(APPOINTMENT.CLIENT_ID.eq(client.value())
                .and(APPOINTMENT.PROVIDER_ID.eq(provider.value()))
                .and(IS_OWED.or(APPOINTMENT.PAID_MINOR.ne(0L))), SOONEST_FIRST);
    }

    @Override
    public List<Appointment> ofProviderSide(AccountId account, AppointmentStatus status) {
        return appointments(APPOINTMENT.STATUS.eq(status.name())
                .and(APPOINTMENT.PROVIDER_ID.eq(account.value()).or(APPOINTMENT.SPECIALIST_ID.eq(account.value()))), SOONEST_FIRST);
    }

    @Override
    public List<Appointment> acceptedStartingBetween(Instant after, Instant until) {
        // a literal, so that the partial index on Accepted appointments' starts applies
        return appointments(APPOINTMENT.STATUS.eq(DSL.inline(AppointmentStatus.ACCEPTED.name()))
                .and(APPOINTMENT.STARTS_AT.gt(after))
                .and(APPOINTMENT.STARTS_AT.le(until)), SOONEST_FIRST);
    }

    /** The appointments that meet the condition, in that order. */
    private List<Appointment> appointments(Condition condition, OrderField<?>... order) {
        return List.ofAll(transactions.dsl().selectFrom(APPOINTMENT).where(condition).orderBy(order).fetch())
                .map(JooqAppointmentRepository::toAppointment);
    }

    /** The specialist's Pending and Accepted appointments overlapping the time, as the exclusion constraint sees them. */
    private static Condition holdingTimeOf(AccountId specialist, TimeRange time) {
        return APPOINTMENT.SPECIALIST_ID.eq(specialist.value())
                .and(HOLDS_TIME)
                .and(DSL.condition("tstzrange({0}, {1}, '[)') && tstzrange({2}, {3}, '[)')",
                        APPOINTMENT.STARTS_AT, APPOINTMENT.ENDS_AT, instant(time.start()), instant(time.end())));
    }

    private static List<String> statuses(Predicate<AppointmentStatus> which) {
        return List.of(AppointmentStatus.values()).filter(which).map(Enum::name);
    }

    private static <T> Field<T> valueOf(AppointmentRecord row, Field<T> field) {
        return DSL.val(row.get(field), field);
    }

    private static Field<Instant> instant(Instant value) {
        return DSL.val(value, APPOINTMENT.STARTS_AT.getDataType());
    }

    private static long lockKey(AccountId specialist) {
        UUID id = specialist.value();
        return id.getMostSignificantBits() ^ id.getLeastSignificantBits();
    }

    private static AppointmentRecord toRecord(Appointment a) {
        return new AppointmentRecord(
                a.id().value(),
                a.provider().value(),
                a.specialist().value(),
                a.client().value(),
                a.service().value(),
                a.time().start(),
                a.time().end(),
                a.price().currency().getCurrencyCode(),
                a.price().minorUnits(),
                a.paid().minorUnits(),
                a.status().name(),
                a.reason().getOrNull(),
                a.requestedAt());
    }

    private static Appointment toAppointment(AppointmentRecord row) {
        return new Appointment(
                new AppointmentId(row.getId()),
                new AccountId(row.getProviderId()),
                new AccountId(row.getSpecialistId()),
                new AccountId(row.getClientId()),
                new ServiceId(row.getServiceId()),
                new TimeRange(row.getStartsAt(), row.getEndsAt()),
                Money.of(row.getPriceMinor(), row.getCurrency()),
                Money.of(row.getPaidMinor(), row.getCurrency()),
                AppointmentStatus.valueOf(row.getStatus()),
                Option.of(row.getReason()),
                row.getRequestedAt());
    }
}
