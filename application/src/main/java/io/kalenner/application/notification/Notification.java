package io.kalenner.application.notification;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import java.time.Instant;
import java.util.Objects;

/**
 * One message owed to one account about one appointment. The text is rendered at delivery, in
 * the recipient's language and time setting as they are then.
 */
public record Notification(NotificationId id, AccountId recipient, Kind kind, AppointmentId appointment, Instant createdAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** What happened. */
    public enum Kind {
        APPOINTMENT_REQUESTED,
        APPOINTMENT_ACCEPTED,
        APPOINTMENT_REJECTED,
        APPOINTMENT_CANCELLED,
        APPOINTMENT_COMPLETED,
        APPOINTMENT_MISSED,
        PAYMENT_RECORDED,
        /** An Accepted appointment is near; sent to its client and its specialist ({@code SendDueReminders}). */
        APPOINTMENT_REMINDER
    }
}
