package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.control.Either;

public final class CloseAppointmentService implements CloseAppointment {

    private final Ports ports;
    private final Access access;
    private final AppointmentChanges changes;

    public CloseAppointmentService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.changes = new AppointmentChanges(ports);
    }

    @Override
    public Either<Rejection, Appointment> complete(AccountId actor, AppointmentId appointment) {
        return changes.change(actor, appointment, access::asProvider, a -> a.complete(ports.clock().instant()),
                Notification.Kind.APPOINTMENT_COMPLETED);
    }

    @Override
    public Either<Rejection, Appointment> markMissed(AccountId actor, AppointmentId appointment) {
        return ports.transactions().inTransaction(() -> changes.change(actor, appointment, access::asProvider,
                        a -> a.markMissed(ports.clock().instant()), Notification.Kind.APPOINTMENT_MISSED)
                .peek(this::recordPackagePolicy));
    }

    /**
     * A package paying for the appointment keeps what its provider's policy says now, so that a
     * later change of the policy leaves this appointment as it was (D65).
     */
    private void recordPackagePolicy(Appointment missed) {
        ports.packages().payerOf(missed.id()).flatMap(ports.packages()::findPurchase)
                .forEach(purchase -> ports.packages().recordMissed(missed.id(), ports.packages().policyOf(purchase.provider())));
    }
}
