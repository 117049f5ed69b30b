package io.kalenner.application.relay;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

/**
 * A client opens a chat with one of its providers, or a provider with one of its clients: the
 * answer is the other party, whom the chat adapter then relays the actor's messages to until the
 * actor leaves. Anyone else is {@code NOT_YOUR_PROVIDER}. Changes nothing.
 */
public interface OpenChat {

    Either<Rejection, Account> open(AccountId actor, AccountId counterpart);
}
