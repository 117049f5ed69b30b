package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;

public final class RemoveMemberService implements RemoveMember {

    private final Ports ports;
    private final Access access;
    private final AppointmentViews views;

    public RemoveMemberService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.views = new AppointmentViews(ports, access);
    }

    @Override
    public Either<Rejection, Removed> remove(AccountId actor, AccountId organization, AccountId specialist) {
        if (!actor.equals(organization)) {
            return Rejection.of(Reason.NOT_YOURS).asLeft();
        }
        Instant now = ports.clock().instant();
        return ports.transactions().inTransaction(() -> access.organization(organization)
                .filterOrElse(o -> ports.accounts().isMember(organization, specialist), o -> Rejection.of(Reason.NOT_FOUND, "member"))
                .flatMap(o -> access.account(specialist))
                .peek(member -> ports.accounts().removeMember(organization, specialist))
                .map(member -> new Removed(member, List.of(AppointmentStatus.PENDING, AppointmentStatus.ACCEPTED)
                        .flatMap(status -> ports.appointments().ofProviderSide(specialist, status))
                        .filter(appointment -> appointment.provider().equals(organization) && !appointment.hasStarted(now))
                        .sortBy(appointment -> appointment.time().start())
                        .flatMap(appointment -> views.describe(appointment).toOption()))));
    }
}
