package io.kalenner.application.notification;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.document.SharedDocumentId;
import io.kalenner.domain.document.TermsDocumentId;
import java.time.Instant;
import java.util.Objects;

/**
 * One message owed to one account about one thing: an appointment, a terms document that asks
 * for the account's consent, or a shared document a client uploaded. The text is rendered at delivery, in the recipient's language and
 * time setting as they are then.
 */
public record Notification(NotificationId id, AccountId recipient, Kind kind, Subject subject, Instant createdAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(createdAt, "createdAt");
        if (kind.aboutTerms() != subject instanceof AboutTerms || kind.aboutSharedDocument() != subject instanceof AboutSharedDocument) {
            throw new IllegalArgumentException(kind + " is not about " + subject);
        }
    }

    /** A notification about an appointment. */
    public Notification(NotificationId id, AccountId recipient, Kind kind, AppointmentId appointment, Instant createdAt) {
        this(id, recipient, kind, new AboutAppointment(appointment), createdAt);
    }

    /**
     * The appointment an appointment notification is about. Only for kinds that are not
     * {@link Kind#aboutTerms()} or {@link Kind#aboutSharedDocument()}: asking any other is a bug, and throws.
     */
    public AppointmentId appointment() {
        if (subject instanceof AboutAppointment about) {
            return about.appointment();
        }
        throw new IllegalStateException(kind + " is about a document, not an appointment");
    }

    /** What a notification is about; its kind says which. */
    public sealed interface Subject permits AboutAppointment, AboutTerms, AboutSharedDocument {}

    public record AboutAppointment(AppointmentId appointment) implements Subject {
        public AboutAppointment {
            Objects.requireNonNull(appointment, "appointment");
        }
    }

    public record AboutTerms(TermsDocumentId document) implements Subject {
        public AboutTerms {
            Objects.requireNonNull(document, "document");
        }
    }

    public record AboutSharedDocument(SharedDocumentId document) implements Subject {
        public AboutSharedDocument {
            Objects.requireNonNull(document, "document");
        }
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
        APPOINTMENT_REMINDER,
        /**
         * A provider's terms document asks the client's consent anew: a new version of a document that
         * needs consent, a new such document, or consent turned on (decisions.md D61).
         */
        TERMS_TO_SIGN,
        /**
         * A client uploaded a shared document; sent to the provider only when it opted in to these
         * notices (decisions.md D70).
         */
        CLIENT_UPLOADED_DOCUMENT;

        /** Whether notifications of this kind are about a terms document. */
        public boolean aboutTerms() {
            return this == TERMS_TO_SIGN;
        }

        /** Whether notifications of this kind are about a shared document. */
        public boolean aboutSharedDocument() {
            return this == CLIENT_UPLOADED_DOCUMENT;
        }

        /** Whether notifications of this kind are about an appointment: those about no document. */
        public boolean aboutAppointment() {
            return !aboutTerms() && !aboutSharedDocument();
        }
    }
}
