package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/** The actor's own packages on sale (not archived), in the order they were defined. {@code NOT_A_PROVIDER} for a client. */
public interface ListPackages {

    Either<Rejection, List<PackageOffer>> packages(AccountId actor);
}
