package io.kalenner.application.account;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;
import io.vavr.control.Option;

public final class RegisterAsProviderService implements RegisterAsProvider {

    private final Ports ports;
    private final Access access;

    public RegisterAsProviderService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, Account> register(AccountId actor, Command command) {
        Either<Rejection, Option<String>> name = command.displayName().isEmpty()
                ? Either.right(Option.none())
                : Account.displayName(command.displayName().get()).map(Option::some);
        return name.flatMap(typed -> ports.transactions().inTransaction(() -> access.account(actor)
                .flatMap(account -> account.becomeProvider(command.kind()))
                .map(account -> typed.map(account::withDisplayName).getOrElse(account))
                .peek(ports.accounts()::save)));
    }
}
