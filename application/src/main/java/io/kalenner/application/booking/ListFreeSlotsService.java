package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Instant;

public final class ListFreeSlotsService implements ListFreeSlots {

    private final Ports ports;
    private final Access access;
    private final OpenSlots openSlots;
    private final Performers performers;

    public ListFreeSlotsService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.openSlots = new OpenSlots(ports);
        this.performers = new Performers(ports);
    }

    @Override
    public Either<Rejection, List<Instant>> freeSlots(AccountId actor, Command command) {
        Instant now = ports.clock().instant();
        // visibility first: a stranger learns nothing about another provider's services
        return ports.services().findById(command.service()).toEither(() -> Rejection.of(Reason.NOT_FOUND, "service"))
                .flatMap(service -> access.providerVisibleTo(actor, service.provider())
                        .filterOrElse(provider -> !service.archived(), provider -> Rejection.of(Reason.SERVICE_ARCHIVED))
                        .flatMap(provider -> performers.of(provider, command.service(), command.specialist()))
                        .map(candidates -> candidates
                                .flatMap(specialist -> openSlots.of(specialist, service, command.window(), now))
                                .distinct()
                                .sorted()));
    }
}
