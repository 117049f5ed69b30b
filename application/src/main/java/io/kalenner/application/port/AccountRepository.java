package io.kalenner.application.port;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.TelegramUserId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Accounts, each client's providers list, and each organization's member specialists. */
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

    /**
     * The provider's clients: the accounts that have the provider on their providers list, by
     * display name in code point order, those of one name in the order they were added.
     */
    List<Account> clientsOf(AccountId provider);

    /** Makes a specialist a member of an organization; adding a member again changes nothing. */
    void addMember(AccountId organization, AccountId specialist);

    /** Ends a specialist's membership of an organization; removing one who is not a member changes nothing. */
    void removeMember(AccountId organization, AccountId specialist);

    /** The organization's member specialists, in the order they joined. */
    List<Account> membersOf(AccountId organization);

    /** The organizations the specialist is a member of, in the order joined. */
    List<Account> organizationsOf(AccountId specialist);

    boolean isMember(AccountId organization, AccountId specialist);
}
