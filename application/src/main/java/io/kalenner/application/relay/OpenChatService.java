package io.kalenner.application.relay;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

public final class OpenChatService implements OpenChat {

    private final ChatParties parties;

    public OpenChatService(Ports ports, Access access) {
        this.parties = new ChatParties(ports, access);
    }

    @Override
    public Either<Rejection, Account> open(AccountId actor, AccountId counterpart) {
        return parties.counterpart(actor, counterpart);
    }
}
