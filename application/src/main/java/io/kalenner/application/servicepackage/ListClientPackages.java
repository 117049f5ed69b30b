package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * The provider's side: the packages its clients bought from it, each with the sessions used and
 * left, oldest purchase first. Only the provider itself sees them ({@code NOT_A_PROVIDER}); asking
 * about someone who is not its client is {@code NOT_YOURS}.
 */
public interface ListClientPackages {

    /** Every client's purchases from the actor. */
    Either<Rejection, List<ClientPackage>> ofAllClients(AccountId actor);

    /** One client's purchases from the actor. */
    Either<Rejection, List<ClientPackage>> ofClient(AccountId actor, AccountId client);
}
