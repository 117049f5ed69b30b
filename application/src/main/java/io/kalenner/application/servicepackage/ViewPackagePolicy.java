package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.servicepackage.PackagePolicy;
import io.vavr.control.Either;

/** The actor's own package policy, the default until it sets one. {@code NOT_A_PROVIDER} for a client. */
public interface ViewPackagePolicy {

    Either<Rejection, PackagePolicy> policy(AccountId actor);
}
