package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;

public final class ArchiveServiceService implements ArchiveService {

    private final Ports ports;
    private final OwnServices ownServices;

    public ArchiveServiceService(Ports ports, Access access) {
        this.ports = ports;
        this.ownServices = new OwnServices(ports, access);
    }

    @Override
    public Either<Rejection, Service> archive(AccountId actor, ServiceId id) {
        return ports.transactions().inTransaction(() -> ownServices.find(actor, id)
                .map(service -> {
                    if (service.archived()) {
                        return service;
                    }
                    Service archived = service.archive();
                    ports.services().save(archived);
                    return archived;
                }));
    }
}
