package io.kalenner.application.inmemory;

import io.kalenner.application.port.AccountRepository;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.TelegramUserId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;

public final class InMemoryAccountRepository implements AccountRepository {

    private final InMemoryTable<AccountId, Account> accounts;
    private final InMemoryTable<Tuple2<AccountId, AccountId>, Tuple2<AccountId, AccountId>> providerLinks;

    private final InMemoryTable<Tuple2<AccountId, AccountId>, Tuple2<AccountId, AccountId>> memberships;

    public InMemoryAccountRepository(InMemoryTransactions transactions) {
        this.accounts = new InMemoryTable<>(transactions);
        this.providerLinks = new InMemoryTable<>(transactions);
        this.memberships = new InMemoryTable<>(transactions);
    }

    @Override
    public Option<Account> findById(AccountId id) {
        return accounts.get(id);
    }

    @Override
    public Option<Account> findByTelegramUser(TelegramUserId user) {
        return accounts.where(account -> account.telegramUser().equals(user)).headOption();
    }

    @Override
    public void save(Account account) {
        accounts.atomically(() -> {
            if (findByTelegramUser(account.telegramUser()).exists(other -> !other.id().equals(account.id()))) {
                throw new IllegalStateException("another account has Telegram user " + account.telegramUser().value());
            }
            accounts.put(account.id(), account);
            return account;
        });
    }

    @Override
    public void addProvider(AccountId client, AccountId provider) {
        var link = Tuple.of(client, provider);
        providerLinks.atomically(() -> {
            if (providerLinks.get(link).isEmpty()) {
                providerLinks.put(link, link);
            }
            return link;
        });
    }

    @Override
    public List<Account> providersOf(AccountId client) {
        return providerLinks.where(link -> link._1.equals(client)).flatMap(link -> accounts.get(link._2));
    }

    @Override
    public boolean hasProvider(AccountId client, AccountId provider) {
        return providerLinks.get(Tuple.of(client, provider)).isDefined();
    }

    @Override
    public List<Account> clientsOf(AccountId provider) {
        // a stable sort: clients of one name stay in the order they were added
        return providerLinks.where(link -> link._2.equals(provider)).flatMap(link -> accounts.get(link._1))
                .sortBy(Account::displayName);
    }

    @Override
    public void addMember(AccountId organization, AccountId specialist) {
        var membership = Tuple.of(organization, specialist);
        memberships.atomically(() -> {
            if (memberships.get(membership).isEmpty()) {
                memberships.put(membership, membership);
            }
            return membership;
        });
    }

    @Override
    public void removeMember(AccountId organization, AccountId specialist) {
        memberships.remove(Tuple.of(organization, specialist));
    }

    @Override
    public List<Account> membersOf(AccountId organization) {
        return memberships.where(m -> m._1.equals(organization)).flatMap(m -> accounts.get(m._2));
    }

    @Override
    public List<Account> organizationsOf(AccountId specialist) {
        return memberships.where(m -> m._2.equals(specialist)).flatMap(m -> accounts.get(m._1));
    }

    @Override
    public boolean isMember(AccountId organization, AccountId specialist) {
        return memberships.get(Tuple.of(organization, specialist)).isDefined();
    }
}
