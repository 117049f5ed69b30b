package io.kalenner.application.port;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;

/** Appointments. */
public interface AppointmentRepository {

    Option<Appointment> findById(AppointmentId id);

    /**
     * Stores a new appointment unless a Pending or Accepted appointment of the same specialist
     * comes within {@code buffer} of it (overlaps it, for a zero buffer): the schedule's rest
     * between appointments. The check and the insert are one atomic step, also when requests race
     * in several processes: of two requests too close to each other exactly one is stored, and the
     * other gets {@code SLOT_TAKEN}.
     */
    Either<Rejection, Appointment> addIfFree(Appointment appointment, Duration buffer);

    /**
     * Reads an appointment to change it in the current transaction: no other transaction can
     * change it until this one ends.
     */
    Option<Appointment> findForUpdate(AppointmentId id);

    /** Replaces an existing appointment's status, reason and payments. */
    void update(Appointment appointment);

    /** The time ranges of the specialist's Pending and Accepted appointments that overlap the window. */
    List<TimeRange> busyTimes(AccountId specialist, TimeRange window);

    /**
     * The client's Pending and Accepted appointments that end after {@code from}, soonest first:
     * what is still to come. Cancelled and rejected ones are left out, however many pile up.
     */
    List<Appointment> holdingTimeOfClientEndingAfter(AccountId client, java.time.Instant from);

    /** The client's appointments that ended at or before {@code until}, the most recent first. */
    List<Appointment> ofClientEndedBy(AccountId client, java.time.Instant until);

    /** Every appointment of the client, whoever provides it, past and to come, soonest first. */
    List<Appointment> ofClient(AccountId client);

    /**
     * The client's appointments with the provider that {@linkplain Appointment#bearsOnBalance()
     * bear on the balance}, soonest first: those owed, and any other with a payment.
     */
    List<Appointment> bearingOnBalanceOfClient(AccountId client, AccountId provider);

    /**
     * The appointments in {@code status} on the account's provider side: those it provides (its
     * own services, or its organization's) and those it performs as the specialist, soonest first.
     */
    List<Appointment> ofProviderSide(AccountId account, AppointmentStatus status);

    /** Every provider's Accepted appointments that start after {@code after} and by {@code until}, soonest first. */
    List<Appointment> acceptedStartingBetween(java.time.Instant after, java.time.Instant until);
}
