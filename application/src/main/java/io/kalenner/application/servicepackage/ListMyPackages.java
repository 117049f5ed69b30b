package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** The client's side: its own purchases, each with the sessions used and left. */
public interface ListMyPackages {

    /**
     * The actor's purchases from a provider on its list, oldest first. {@code NOT_YOUR_PROVIDER}
     * for a provider not on the list.
     */
    Either<Rejection, List<ClientPackage>> fromProvider(AccountId actor, AccountId provider);

    /**
     * The purchase that pays for the appointment, if one does; for the appointment's parties only
     * ({@code NOT_YOURS}), {@code NOT_FOUND} for an unknown appointment.
     */
    Either<Rejection, Option<ClientPackage>> payingFor(AccountId actor, AppointmentId appointment);
}
