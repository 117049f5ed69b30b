package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * A provider's clients: the accounts that have the provider on their providers list, by name.
 * Only the provider itself and, for an organization, its member specialists may list them
 * ({@code NOT_YOURS}, D14).
 */
public interface ListClients {

    Either<Rejection, List<Account>> clients(AccountId actor, AccountId provider);
}
