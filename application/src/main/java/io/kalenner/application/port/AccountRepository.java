package io.kalenner.application.port;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.TelegramUserId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Accounts and each client's providers list. */
public interface AccountRepository {

    Option<Account> findById(AccountId id);

    Option<Account> findByTelegramUser(TelegramUserId user);

    /** Inserts or replaces the account with this id. At most one account per Telegram user. */
    void save(Account account);

    /** Adds a provider to a client's list; adding one already there changes nothing. */
    void addProvider(AccountId client, AccountId provider);

    /** The client's providers, in the order they were added. */
    List<Account> providersOf(AccountId client);

    boolean hasProvider(AccountId client, AccountId provider);
}
