package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class OfferOrganizationServicesService implements OfferOrganizationServices {

    private final Ports ports;
    private final Access access;

    public OfferOrganizationServicesService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, List<OrganizationServices>> list(AccountId actor) {
        return access.provider(actor).map(me -> {
            List<ServiceId> declined = ports.services().declinedServicesOf(actor);
            return ports.accounts().organizationsOf(actor).map(organization -> new OrganizationServices(organization,
                    ports.services().activeOf(organization.id()).map(service -> new Offered(service, !declined.contains(service.id())))));
        });
    }

    @Override
    public Either<Rejection, Service> set(AccountId actor, ServiceId service, boolean performed) {
        return ports.transactions().inTransaction(() -> access.provider(actor)
                .flatMap(me -> ports.services().findById(service).toEither(() -> Rejection.of(Reason.NOT_FOUND, "service")))
                .filterOrElse(found -> ports.accounts().isMember(found.provider(), actor), found -> Rejection.of(Reason.NOT_YOURS))
                .peek(found -> ports.services().setPerformed(actor, service, performed)));
    }
}
