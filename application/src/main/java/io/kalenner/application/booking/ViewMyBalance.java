package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * What the client owes one of its providers, as the provider's side counts it for the whole
 * practice (D74): its owed appointments and package purchases, less what was paid, one sum per
 * currency (negative: to be given back); empty when settled. The provider must be on the
 * client's list ({@code NOT_YOUR_PROVIDER}). Changes nothing.
 */
public interface ViewMyBalance {

    Either<Rejection, List<Money>> owed(AccountId actor, AccountId provider);
}
