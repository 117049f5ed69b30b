package io.kalenner.domain.appointment;

import static io.kalenner.domain.appointment.AppointmentStatus.ACCEPTED;
import static io.kalenner.domain.appointment.AppointmentStatus.CANCELLED;
import static io.kalenner.domain.appointment.AppointmentStatus.COMPLETED;
import static io.kalenner.domain.appointment.AppointmentStatus.MISSED;
import static io.kalenner.domain.appointment.AppointmentStatus.PENDING;
import static io.kalenner.domain.appointment.AppointmentStatus.REJECTED;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.time.TimeRange;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * A client's appointment with a provider's specialist (for a specialist account both are the
 * same). Requested as Pending by the client; the provider accepts or rejects it; either side
 * cancels it before the start; after the start the provider marks it Completed or Missed.
 * The price is copied from the service when requested, so later price changes do not touch it.
 */
public record Appointment(
        AppointmentId id,
        AccountId provider,
        AccountId specialist,
        AccountId client,
        ServiceId service,
        TimeRange time,
        Money price,
        Money paid,
        AppointmentStatus status,
        Option<String> reason,
        Instant requestedAt) {

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(specialist, "specialist");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** A client's new request for a service of a provider, performed by {@code specialist}. */
    public static Appointment request(AppointmentId id, Service service, AccountId specialist, AccountId client, Instant start, Instant now) {
        return new Appointment(id, service.provider(), specialist, client, service.id(), TimeRange.of(start, service.duration()),
                service.price(), Money.zero(service.price().currency()), PENDING, Option.none(), now);
    }

    /**
     * The same new request paid for by a client's package (D51): its price is nothing, since the
     * package's price was paid for all its sessions, so the client owes nothing for it.
     */
    public Appointment prepaid() {
        return new Appointment(id, provider, specialist, client, service, time, Money.zero(price.currency()), paid, status, reason, requestedAt);
    }

    public Money balance() {
        return price.minus(paid);
    }

    /**
     * What the client owes for this appointment (D74): the price once it is owed (see
     * {@link AppointmentStatus#isOwed()}) less what was paid; for one that never went ahead only
     * the payments count, as money to give back.
     */
    public Money owed() {
        return (status.isOwed() ? price : Money.zero(price.currency())).minus(paid);
    }

    /** Whether {@link #owed()} can be anything but zero: owed, or paid for at all. */
    public boolean bearsOnBalance() {
        return status.isOwed() || paid.minorUnits() != 0;
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(time.start());
    }

    public Either<Rejection, Appointment> accept(Instant now) {
        return move(ACCEPTED, Option.none()).flatMap(a -> a.beforeStart(now));
    }

    public Either<Rejection, Appointment> reject(Option<String> why) {
        return move(REJECTED, why);
    }

    public Either<Rejection, Appointment> cancel(Option<String> why, Instant now) {
        return move(CANCELLED, why).flatMap(a -> a.beforeStart(now));
    }

    public Either<Rejection, Appointment> complete(Instant now) {
        return move(COMPLETED, Option.none()).flatMap(a -> a.afterStart(now));
    }

    public Either<Rejection, Appointment> markMissed(Instant now) {
        return move(MISSED, Option.none()).flatMap(a -> a.afterStart(now));
    }

    public Appointment recordPayment(Money amount) {
        return with(status, reason, paid.plus(amount));
    }

    private Either<Rejection, Appointment> move(AppointmentStatus next, Option<String> why) {
        return status.canMoveTo(next)
                ? Either.right(with(next, why, paid))
                : Rejection.of(Reason.MOVE_NOT_ALLOWED, status + "->" + next).asLeft();
    }

    private Either<Rejection, Appointment> beforeStart(Instant now) {
        return hasStarted(now) ? Rejection.of(Reason.ALREADY_STARTED).asLeft() : Either.right(this);
    }

    private Either<Rejection, Appointment> afterStart(Instant now) {
        return hasStarted(now) ? Either.right(this) : Rejection.of(Reason.NOT_STARTED_YET).asLeft();
    }

    private Appointment with(AppointmentStatus newStatus, Option<String> newReason, Money newPaid) {
        return new Appointment(id, provider, specialist, client, service, time, price, newPaid, newStatus, newReason, requestedAt);
    }
}
