package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.vavr.control.Either;
import io.vavr.control.Try;

public final class EditServiceService implements EditService {

    private final Ports ports;
    private final OwnServices ownServices;

    public EditServiceService(Ports ports, Access access) {
        this.ports = ports;
        this.ownServices = new OwnServices(ports, access);
    }

    @Override
    public Either<Rejection, Service> edit(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> ownServices.find(actor, command.service())
                .filterOrElse(service -> !service.archived(), service -> Rejection.of(Reason.SERVICE_ARCHIVED))
                .flatMap(service -> Try.of(() -> service.edit(
                                command.name().map(String::strip).getOrElse(service.name()),
                                command.duration().getOrElse(service.duration()),
                                command.price().getOrElse(service.price())))
                        .toEither()
                        .mapLeft(invalid -> Rejection.of(Reason.INVALID_INPUT, invalid.getMessage())))
                .peek(ports.services()::save));
    }
}
