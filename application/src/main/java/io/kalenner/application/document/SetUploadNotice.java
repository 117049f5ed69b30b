package io.kalenner.application.document;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

/**
 * A provider opts in to (or out of) a notice each time one of its clients uploads a shared
 * document; off until it opts in, as the FAQ tells clients. The setting is the acting provider's
 * own: an organization's is the organization account's, and its notices go to that account
 * (decisions.md D70). Anyone who is not a provider: {@code NOT_A_PROVIDER}.
 */
public interface SetUploadNotice {

    /** Switches the actor's notice; the answer is the state now in force. */
    Either<Rejection, Boolean> set(AccountId actor, boolean on);

    /** Whether the actor is told of its clients' uploads. */
    Either<Rejection, Boolean> current(AccountId actor);
}
