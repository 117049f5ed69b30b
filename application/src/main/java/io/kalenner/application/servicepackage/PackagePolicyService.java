package io.kalenner.application.servicepackage;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.servicepackage.PackagePolicy;
import io.vavr.control.Either;

public final class PackagePolicyService implements SetPackagePolicy, ViewPackagePolicy {

    private final Ports ports;
    private final Access access;

    public PackagePolicyService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, PackagePolicy> set(AccountId actor, PackagePolicy policy) {
        return ports.transactions().inTransaction(() -> access.provider(actor).map(provider -> {
            ports.packages().savePolicy(provider.id(), policy);
            return policy;
        }));
    }

    @Override
    public Either<Rejection, PackagePolicy> policy(AccountId actor) {
        return access.provider(actor).map(provider -> ports.packages().policyOf(provider.id()));
    }
}
