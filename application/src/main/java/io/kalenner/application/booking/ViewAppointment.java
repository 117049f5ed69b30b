package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** The details of appointments, for their two parties only. */
public interface ViewAppointment {

    Either<Rejection, AppointmentView> view(AccountId actor, AppointmentId appointment);

    /** The actor's own appointments as a client that have not ended yet, soonest first. */
    List<AppointmentView> upcomingOfClient(AccountId actor);
}
