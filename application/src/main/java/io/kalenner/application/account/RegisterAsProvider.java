package io.kalenner.application.account;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.ProviderKind;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Makes one's account a Specialist or an Organization; never both (the FAQ's combination rule). */
public interface RegisterAsProvider {

    Either<Rejection, Account> register(AccountId actor, Command command);

    record Command(ProviderKind kind, Option<String> displayName) {}
}
