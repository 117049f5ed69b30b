package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The provider's side's {@code Клиенты}: the clients of every practice the actor works for (its
 * own, and each organization it is a member specialist of), each with the next appointment and
 * what the client owes (D74). Both count what the actor sees in {@code Записи клиентов}: a
 * practice all its appointments and the packages it sold, a member specialist the appointments it
 * performs. Only a provider may ask ({@code NOT_A_PROVIDER}); one client's card only of a practice
 * the actor works for and of an account that is its client ({@code NOT_YOURS}). Changes nothing.
 */
public interface ViewClients {

    /** Every client, the actor's own practice first, then each organization as joined; by name within one. */
    Either<Rejection, List<ClientCard>> all(AccountId actor);

    /** One client of one practice. */
    Either<Rejection, ClientCard> one(AccountId actor, AccountId client, AccountId practice);

    /**
     * A client as the provider's side sees it.
     *
     * @param next the earliest Pending or Accepted appointment not yet started
     * @param owed what the client owes, one sum per currency (negative: to give back); empty when settled
     */
    record ClientCard(Account client, Account practice, Option<AppointmentView> next, List<Money> owed) {}
}
