package io.kalenner.domain.servicepackage;

import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * An appointment a purchase pays for. Its session is reserved when the appointment is requested
 * (D50) and, should the client miss it, the provider's policy at that moment is recorded here
 * ({@link #missed}), never read again.
 *
 * @param missedUsesSession what the policy said when the appointment was marked Missed; none before that
 */
public record PackageSession(AppointmentId appointment, PurchaseId purchase, Option<Boolean> missedUsesSession) {

    public PackageSession {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(purchase, "purchase");
        Objects.requireNonNull(missedUsesSession, "missedUsesSession");
    }

    public static PackageSession reserved(AppointmentId appointment, PurchaseId purchase) {
        return new PackageSession(appointment, purchase, Option.none());
    }

    /** The session once its appointment is marked Missed under the policy; a policy recorded before stays. */
    public PackageSession missed(PackagePolicy policy) {
        return missedUsesSession.isDefined() ? this : new PackageSession(appointment, purchase, Option.some(policy.missedUsesSession()));
    }

    /**
     * What the appointment, in this status, does with the session. A Missed one recorded before
     * any policy existed (D50) keeps its session.
     */
    public SessionUse use(AppointmentStatus status) {
        return switch (status) {
            case PENDING, ACCEPTED -> SessionUse.BOOKED;
            case COMPLETED -> SessionUse.USED;
            case MISSED -> missedUsesSession.getOrElse(true) ? SessionUse.USED : SessionUse.GIVEN_BACK;
            case REJECTED, CANCELLED -> SessionUse.GIVEN_BACK;
        };
    }
}
