package io.kalenner.application.account;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

public final class RegisterAsProviderService implements RegisterAsProvider {

    private final Ports ports;
    private final Access access;

    public RegisterAsProviderService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, Account> register(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> access.account(actor)
                .flatMap(account -> account.becomeProvider(command.kind()))
                .map(account -> command.displayName().filter(name -> !name.isBlank()).map(account::withDisplayName).getOrElse(account))
                .peek(ports.accounts()::save));
    }
}
