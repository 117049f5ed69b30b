package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentEvent;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * The details of appointments, for their parties only: the client, the specialist who performs
 * it and the provider. Each view carries the appointment's price, what was paid and the balance.
 */
public interface ViewAppointment {

    Either<Rejection, AppointmentView> view(AccountId actor, AppointmentId appointment);

    /**
     * The appointment's history, oldest first: the request, each move with who made it and the
     * reason given, each payment recorded. For its parties only, as {@link #view}.
     */
    Either<Rejection, List<AppointmentEvent>> history(AccountId actor, AppointmentId appointment);

    /** The actor's own Pending and Accepted appointments as a client that have not ended yet, soonest first. */
    List<AppointmentView> upcomingOfClient(AccountId actor);

    /** The actor's own appointments as a client that have ended, whatever their status, the most recent first. */
    List<AppointmentView> pastOfClient(AccountId actor);

    /**
     * The dashboard's Requests: the Pending appointments the actor provides or performs, soonest
     * first, including those whose start has passed (they can still be rejected, D6). For an
     * organization, all of its requests; for a member specialist, those it performs.
     * {@code NOT_A_PROVIDER} for a client.
     */
    Either<Rejection, List<AppointmentView>> pendingRequestsOfProvider(AccountId actor);

    /**
     * The dashboard's Client appointments: the Accepted appointments the actor provides or
     * performs, soonest first — those to come, those in progress, and those over but not yet
     * marked Completed or Missed (D14). {@code NOT_A_PROVIDER} for a client.
     */
    Either<Rejection, List<AppointmentView>> upcomingOfProvider(AccountId actor);
}
