package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class ListOrganizationSpecialistsService implements ListOrganizationSpecialists {

    private final Ports ports;
    private final Access access;
    private final Performers performers;

    public ListOrganizationSpecialistsService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.performers = new Performers(ports);
    }

    @Override
    public Either<Rejection, List<Account>> specialists(AccountId actor, AccountId organization) {
        // visibility first: a stranger learns nothing about an account
        boolean mayLook = actor.equals(organization)
                || ports.accounts().isMember(organization, actor)
                || ports.accounts().hasProvider(actor, organization);
        if (!mayLook) {
            return Rejection.of(Reason.NOT_YOUR_PROVIDER).asLeft();
        }
        return access.organization(organization).map(o -> ports.accounts().membersOf(o.id()));
    }

    @Override
    public Either<Rejection, List<Account>> performing(AccountId actor, ServiceId service) {
        return ports.services().findById(service).toEither(() -> Rejection.of(Reason.NOT_FOUND, "service"))
                .flatMap(found -> specialists(actor, found.provider()))
                .map(members -> performers.performing(members, service));
    }
}
