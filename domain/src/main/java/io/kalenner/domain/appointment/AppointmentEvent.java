package io.kalenner.domain.appointment;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry of an appointment's history: who moved it to which status (with the reason given), or
 * who recorded which payment, and when. The history is what an appointment's current state cannot
 * tell: when it was accepted, by whom it was cancelled, each amount paid.
 */
public record AppointmentEvent(AppointmentId appointment, Instant at, AccountId actor, Change change) {

    public AppointmentEvent {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(change, "change");
    }

    /** What happened. */
    public sealed interface Change permits StatusChanged, PaymentRecorded {}

    /** The appointment reached {@code status}; a rejection or cancellation may carry the reason given. */
    public record StatusChanged(AppointmentStatus status, Option<String> reason) implements Change {
        public StatusChanged {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The provider recorded {@code amount} received. */
    public record PaymentRecorded(Money amount) implements Change {
        public PaymentRecorded {
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The first entry: the client's request. */
    public static AppointmentEvent requested(Appointment appointment) {
        return new AppointmentEvent(appointment.id(), appointment.requestedAt(), appointment.client(),
                new StatusChanged(appointment.status(), Option.none()));
    }

    /** What {@code actor} changed at {@code at} to make {@code after} of {@code before}: a status, a payment, both or nothing. */
    public static List<AppointmentEvent> between(Appointment before, Appointment after, AccountId actor, Instant at) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("two different appointments: " + before.id() + ", " + after.id());
        }
        List<Change> changes = List.empty();
        if (before.status() != after.status()) {
            changes = changes.append(new StatusChanged(after.status(), after.reason()));
        }
        if (!before.paid().equals(after.paid())) {
            changes = changes.append(new PaymentRecorded(after.paid().minus(before.paid())));
        }
        return changes.map(change -> new AppointmentEvent(after.id(), at, actor, change));
    }
}
