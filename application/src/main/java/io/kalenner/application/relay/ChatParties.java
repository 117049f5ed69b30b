package io.kalenner.application.relay;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

/** Who may chat: a client and a provider on its list, either way round. */
final class ChatParties {

    private final Ports ports;
    private final Access access;

    ChatParties(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    /** The other party, when the actor and it are a client and its provider; {@code NOT_YOUR_PROVIDER} otherwise. */
    Either<Rejection, Account> counterpart(AccountId actor, AccountId other) {
        return access.account(actor)
                .filterOrElse(a -> !actor.equals(other)
                                && (ports.accounts().hasProvider(actor, other) || ports.accounts().hasProvider(other, actor)),
                        a -> Rejection.of(Reason.NOT_YOUR_PROVIDER))
                .flatMap(a -> access.account(other));
    }
}
