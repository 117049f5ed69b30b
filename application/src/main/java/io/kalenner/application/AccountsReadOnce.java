package io.kalenner.application;

import io.kalenner.application.port.AccountRepository;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.TelegramUserId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;

/**
 * Within a scope a chat adapter opens around one update, each account is read from the repository
 * once: the adapter identifies the user, and every use case's access check then asks for the same
 * account again, as a provider's card asks for its provider in each use case it calls. Outside a
 * scope every read goes to the repository.
 *
 * <p>Only reads are remembered, and only until the scope's first save of any account: from then on
 * the scope reads through, so neither a change nor a change rolled back is hidden behind a copy.
 * Another instance's change made during the update is seen as a plain read-then-act would see it.
 */
public final class AccountsReadOnce {

    private final ThreadLocal<Reads> current = new ThreadLocal<>();
    private final AccountRepository accounts;

    AccountsReadOnce(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The repository the use cases read through. */
    AccountRepository repository() {
        return new Remembering();
    }

    /** Opens a scope on this thread, to close when the update is handled; inside an open one it changes nothing. */
    public Scope open() {
        if (current.get() != null) {
            return () -> { };
        }
        Reads reads = new Reads();
        current.set(reads);
        return reads;
    }

    /** One update's reads; closing it forgets them. */
    public interface Scope extends AutoCloseable {

        @Override
        void close();
    }

    private final class Reads implements Scope {

        private final Map<AccountId, Account> byId = new HashMap<>();
        private boolean saved;

        Option<Account> remembered(AccountId id) {
            return saved ? Option.none() : Option.of(byId.get(id));
        }

        Option<Account> remember(Option<Account> read) {
            if (!saved) {
                read.forEach(account -> byId.put(account.id(), account));
            }
            return read;
        }

        void forgetAll() {
            saved = true;
            byId.clear();
        }

        @Override
        public void close() {
            current.remove();
        }
    }

    private final class Remembering implements AccountRepository {

        @Override
        public Option<Account> findById(AccountId id) {
            Reads reads = current.get();
            if (reads == null) {
                return accounts.findById(id);
            }
            Option<Account> remembered = reads.remembered(id);
            return remembered.isDefined() ? remembered : reads.remember(accounts.findById(id));
        }

        @Override
        public Option<Account> findByTelegramUser(TelegramUserId user) {
            Reads reads = current.get();
            Option<Account> read = accounts.findByTelegramUser(user);
            return reads == null ? read : reads.remember(read);
        }

        @Override
        public void save(Account account) {
            Reads reads = current.get();
            if (reads != null) {
                reads.forgetAll();
            }
            accounts.save(account);
        }

        @Override
        public void addProvider(AccountId client, AccountId provider) {
            accounts.addProvider(client, provider);
        }

        @Override
        public List<Account> providersOf(AccountId client) {
            return accounts.providersOf(client);
        }

        @Override
        public boolean hasProvider(AccountId client, AccountId provider) {
            return accounts.hasProvider(client, provider);
        }

        @Override
        public List<Account> clientsOf(AccountId provider) {
            return accounts.clientsOf(provider);
        }

        @Override
        public void addMember(AccountId organization, AccountId specialist) {
            accounts.addMember(organization, specialist);
        }

        @Override
        public void removeMember(AccountId organization, AccountId specialist) {
            accounts.removeMember(organization, specialist);
        }

        @Override
        public List<Account> membersOf(AccountId organization) {
            return accounts.membersOf(organization);
        }

        @Override
        public List<Account> organizationsOf(AccountId specialist) {
            return accounts.organizationsOf(specialist);
        }

        @Override
        public boolean isMember(AccountId organization, AccountId specialist) {
            return accounts.isMember(organization, specialist);
        }
    }
}
