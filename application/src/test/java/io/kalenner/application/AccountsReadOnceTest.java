package io.kalenner.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.application.port.AccountRepository;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.TelegramUserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Within one update's scope each account is read once; a save makes the rest of the scope read through. */
class AccountsReadOnceTest {

    private final AtomicInteger readsById = new AtomicInteger();
    private final Ports stored = InMemoryPorts.create(new MutableClock(World.MONDAY_9));
    private final BookingCore core = new BookingCore(stored.withAccounts(counting(stored.accounts())));
    private final Account anna = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(7), "Anna", Language.RU));

    @Test
    void insideAScopeTheUserIdentifiedIsNotReadAgainByTheUseCasesItCalls() {
        try (AccountsReadOnce.Scope update = core.accountsReadOnce().open()) {
            Account identified = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(7), "Anna", Language.RU));
            assertThat(accountSeenByAUseCase(identified.id())).contains(identified);
            assertThat(accountSeenByAUseCase(identified.id())).contains(identified);
        }

        assertThat(readsById).hasValue(0);
    }

    @Test
    void outsideAScopeEveryReadGoesToTheRepository() {
        accountSeenByAUseCase(anna.id());
        accountSeenByAUseCase(anna.id());

        assertThat(readsById).hasValue(2);
    }

    @Test
    void aSaveInsideTheScopeIsSeenByEveryLaterRead() {
        try (AccountsReadOnce.Scope update = core.accountsReadOnce().open()) {
            assertThat(accountSeenByAUseCase(anna.id()).map(Account::language)).contains(Language.RU);

            core.changeSettings().setLanguage(anna.id(), Language.EN).get();

            assertThat(accountSeenByAUseCase(anna.id()).map(Account::language)).contains(Language.EN);
        }
    }

    @Test
    void aSaveRolledBackInsideTheScopeIsNotHiddenBehindACopy() {
        try (AccountsReadOnce.Scope update = core.accountsReadOnce().open()) {
            accountSeenByAUseCase(anna.id());

            Either<Rejection, Account> refused = core.ports().transactions().inTransaction(() -> {
                AccountRepository accounts = core.accountsReadOnce().repository();
                accounts.save(anna.withLanguage(Language.EN));
                assertThat(accounts.findById(anna.id()).map(Account::language)).contains(Language.EN);
                return Rejection.of(Reason.INVALID_INPUT).asLeft();
            });

            assertThat(refused.isLeft()).isTrue();
            assertThat(accountSeenByAUseCase(anna.id()).map(Account::language)).contains(Language.RU);
        }
    }

    @Test
    void aChangeMadeElsewhereAfterTheScopeClosedIsSeenInTheNext() {
        try (AccountsReadOnce.Scope update = core.accountsReadOnce().open()) {
            accountSeenByAUseCase(anna.id());
        }
        stored.accounts().save(anna.withLanguage(Language.EN));

        try (AccountsReadOnce.Scope next = core.accountsReadOnce().open()) {
            assertThat(accountSeenByAUseCase(anna.id()).map(Account::language)).contains(Language.EN);
        }
    }

    /** The account as a use case's access check reads it, through the repository the core gives the use cases. */
    private Option<Account> accountSeenByAUseCase(AccountId id) {
        return core.accountsReadOnce().repository().findById(id);
    }

    private AccountRepository counting(AccountRepository accounts) {
        return (AccountRepository) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AccountRepository.class},
                (proxy, method, arguments) -> {
                    if (method.getName().equals("findById")) {
                        readsById.incrementAndGet();
                    }
                    try {
                        return method.invoke(accounts, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
