package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Either;
import io.vavr.control.Try;

public final class AddServiceService implements AddService {

    private final Ports ports;
    private final Access access;

    public AddServiceService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, Service> add(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> access.provider(actor)
                .flatMap(provider -> Service.description(command.description())
                        .flatMap(description -> Service.paymentLink(command.paymentLink())
                                .flatMap(link -> Try.of(() -> new Service(new ServiceId(ports.ids().newId()), provider.id(),
                                                command.name().strip(), command.duration(), command.price(), description, link, false))
                                        .toEither()
                                        .mapLeft(invalid -> Rejection.of(Reason.INVALID_INPUT, invalid.getMessage())))))
                .peek(ports.services()::save));
    }
}
