package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.Rejection.Reason;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class ListServicesService implements ListServices {

    private final Ports ports;
    private final Access access;

    public ListServicesService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, List<Service>> services(AccountId actor, AccountId provider) {
        return access.providerVisibleTo(actor, provider).map(p -> ports.services().activeOf(p.id()));
    }

    @Override
    public Either<Rejection, Service> service(AccountId actor, ServiceId id) {
        return ports.services().findById(id).toEither(() -> Rejection.of(Reason.NOT_FOUND, "service"))
                .flatMap(service -> access.providerVisibleTo(actor, service.provider()).map(provider -> service));
    }
}
