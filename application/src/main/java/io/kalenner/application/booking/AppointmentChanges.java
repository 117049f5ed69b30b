package io.kalenner.application.booking;

import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.control.Either;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one way an existing appointment changes: read it locked, check the actor, make the move,
 * store it, and tell the other side — all in one transaction.
 */
final class AppointmentChanges {

    private final Ports ports;

    AppointmentChanges(Ports ports) {
        this.ports = ports;
    }

    /**
     * @param allowed   the authorization check for the acting account
     * @param move      the domain move
     * @param recipient whom to notify about the changed appointment
     */
    Either<Rejection, Appointment> change(AccountId actor, AppointmentId id,
            BiFunction<AccountId, Appointment, Either<Rejection, Appointment>> allowed,
            Function<Appointment, Either<Rejection, Appointment>> move,
            Notification.Kind kind,
            Function<Appointment, AccountId> recipient) {
        return ports.transactions().inTransaction(() -> ports.appointments().findForUpdate(id)
                .toEither(() -> Rejection.of(Reason.NOT_FOUND, "appointment"))
                .flatMap(appointment -> allowed.apply(actor, appointment))
                .flatMap(move)
                .peek(ports.appointments()::update)
                .peek(changed -> ports.outbox().add(new Notification(new NotificationId(ports.ids().newId()),
                        recipient.apply(changed), kind, changed.id(), ports.clock().instant()))));
    }
}
