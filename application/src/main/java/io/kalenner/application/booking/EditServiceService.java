package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.function.Function;

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
                .flatMap(service -> keepOr(command.description(), service.description(), Service::description)
                        .flatMap(description -> keepOr(command.paymentLink(), service.paymentLink(), Service::paymentLink)
                                .flatMap(link -> Try.of(() -> service.edit(
                                                command.name().map(String::strip).getOrElse(service.name()),
                                                command.duration().getOrElse(service.duration()),
                                                command.price().getOrElse(service.price()))
                                        .withDescription(description)
                                        .withPaymentLink(link))
                                        .toEither()
                                        .mapLeft(invalid -> Rejection.of(Reason.INVALID_INPUT, invalid.getMessage())))))
                .peek(ports.services()::save));
    }

    /** The current value when none is given, else the given text read as a new one. */
    private static <T> Either<Rejection, Option<T>> keepOr(Option<String> given, Option<T> current,
            Function<String, Either<Rejection, Option<T>>> read) {
        return given.fold(() -> Either.right(current), read);
    }
}
