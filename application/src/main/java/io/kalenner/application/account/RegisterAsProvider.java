package io.kalenner.application.account;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.ProviderKind;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Makes one's account a Specialist or an Organization; never both (the FAQ's combination rule).
 * Registering again as the same kind is harmless and may give the display name: a given name is
 * checked ({@link Account#displayName}: blank is {@code INVALID_INPUT}, too long
 * {@code TEXT_TOO_LONG}) and a refusal changes nothing.
 */
public interface RegisterAsProvider {

    Either<Rejection, Account> register(AccountId actor, Command command);

    record Command(ProviderKind kind, Option<String> displayName) {}
}
