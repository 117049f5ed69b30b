package io.kalenner.application.booking;

import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentEvent;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The one way an existing appointment changes: read it locked, check the actor, make the move,
 * store it, write what changed into its history, and tell everyone else involved — all in one
 * transaction.
 */
final class AppointmentChanges {

    private final Ports ports;

    AppointmentChanges(Ports ports) {
        this.ports = ports;
    }

    /**
     * @param allowed the authorization check for the acting account
     * @param move    the domain move
     * @param kind    what everyone involved but the actor is told
     */
    Either<Rejection, Appointment> change(AccountId actor, AppointmentId id,
            BiFunction<AccountId, Appointment, Either<Rejection, Appointment>> allowed,
            Function<Appointment, Either<Rejection, Appointment>> move,
            Notification.Kind kind) {
        return ports.transactions().inTransaction(() -> ports.appointments().findForUpdate(id)
                .toEither(() -> Rejection.of(Reason.NOT_FOUND, "appointment"))
                .flatMap(appointment -> allowed.apply(actor, appointment))
                .flatMap(before -> move.apply(before)
                        .peek(ports.appointments()::update)
                        .peek(after -> AppointmentEvent.between(before, after, actor, ports.clock().instant()).forEach(ports.history()::add)))
                .peek(changed -> notifyAllBut(ports, actor, changed, kind)));
    }

    /**
     * Everyone involved in the appointment but the actor: the client, the specialist who performs
     * it and, for an organization's appointment, the organization. For a specialist's own
     * appointment that is the other party alone.
     */
    static List<AccountId> involvedBut(AccountId actor, Appointment appointment) {
        return List.of(appointment.client(), appointment.specialist(), appointment.provider())
                .distinct()
                .filter(party -> !party.equals(actor));
    }

    /** Adds a notification for each of {@link #involvedBut} to the outbox, in the caller's transaction. */
    static void notifyAllBut(Ports ports, AccountId actor, Appointment appointment, Notification.Kind kind) {
        involvedBut(actor, appointment).forEach(recipient -> ports.outbox().add(new Notification(
                new NotificationId(ports.ids().newId()), recipient, kind, appointment.id(), ports.clock().instant())));
    }
}
