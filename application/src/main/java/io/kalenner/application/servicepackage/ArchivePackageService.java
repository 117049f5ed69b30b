package io.kalenner.application.servicepackage;

import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.control.Either;

public final class ArchivePackageService implements ArchivePackage {

    private final Ports ports;

    public ArchivePackageService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public Either<Rejection, ServicePackage> archive(AccountId actor, PackageId id) {
        return ports.transactions().inTransaction(() -> ports.packages().findPackage(id)
                .toEither(() -> Rejection.of(Reason.NOT_FOUND, "package"))
                .filterOrElse(p -> p.provider().equals(actor), p -> Rejection.of(Reason.NOT_YOURS))
                .map(p -> {
                    if (p.archived()) {
                        return p;
                    }
                    ServicePackage archived = p.archive();
                    ports.packages().savePackage(archived);
                    return archived;
                }));
    }
}
