package io.kalenner.application.servicepackage;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;

public final class ListOrganizationPackagesService implements ListOrganizationPackages {

    private final Ports ports;
    private final Access access;
    private final Standings standings;

    public ListOrganizationPackagesService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
        this.standings = new Standings(ports);
    }

    @Override
    public Either<Rejection, List<OrganizationPackages>> ofMyOrganizations(AccountId actor) {
        return access.provider(actor).map(me -> ports.accounts().organizationsOf(me.id()).map(organization -> new OrganizationPackages(
                organization,
                ports.packages().packagesOf(organization.id()).filter(p -> !p.archived())
                        .flatMap(p -> ports.services().findById(p.service()).map(service -> new PackageOffer(p, service))),
                standings.views(ports.packages().purchasesFrom(organization.id())))));
    }
}
