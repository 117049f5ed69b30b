package io.kalenner.application.servicepackage;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class ListPackagesService implements ListPackages {

    private final Ports ports;
    private final Access access;

    public ListPackagesService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, List<PackageOffer>> packages(AccountId actor) {
        return access.provider(actor).map(provider -> ports.packages().packagesOf(provider.id())
                .filter(p -> !p.archived())
                .flatMap(p -> ports.services().findById(p.service()).map(service -> new PackageOffer(p, service))));
    }
}
