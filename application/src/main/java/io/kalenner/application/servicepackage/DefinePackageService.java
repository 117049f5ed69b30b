package io.kalenner.application.servicepackage;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.control.Either;

public final class DefinePackageService implements DefinePackage {

    private final Ports ports;
    private final Access access;

    public DefinePackageService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, ServicePackage> define(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> access.provider(actor)
                .flatMap(provider -> ports.services().findById(command.service()).toEither(() -> Rejection.of(Reason.NOT_FOUND, "service")))
                .filterOrElse(service -> service.provider().equals(actor), service -> Rejection.of(Reason.NOT_YOURS))
                .flatMap(service -> ServicePackage.define(new PackageId(ports.ids().newId()), service, command.sessions(), command.price(),
                        command.validityDays()))
                .peek(ports.packages()::savePackage));
    }
}
