package io.kalenner.application.booking;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;

/** The actor's providers list, first invitation first. */
public interface ListMyProviders {

    List<Account> providers(AccountId actor);
}
