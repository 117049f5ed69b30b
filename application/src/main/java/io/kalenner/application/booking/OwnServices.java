package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;

/** A service the actor may change: a provider's own, archived ones included. */
final class OwnServices {

    private final Ports ports;
    private final Access access;

    OwnServices(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    /** {@code NOT_A_PROVIDER} for a client, {@code NOT_FOUND} for an unknown service, {@code NOT_YOURS} for another's. */
    Either<Rejection, Service> find(AccountId actor, ServiceId id) {
        return access.provider(actor)
                .flatMap(provider -> ports.services().findById(id).toEither(() -> Rejection.of(Reason.NOT_FOUND, "service")))
                .filterOrElse(service -> service.provider().equals(actor), service -> Rejection.of(Reason.NOT_YOURS));
    }
}
