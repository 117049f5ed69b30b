package io.kalenner.application.account;

import io.kalenner.application.port.Ports;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

public final class IdentifyUserService implements IdentifyUser {

    private final Ports ports;

    public IdentifyUserService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public Account identify(Command command) {
        return ports.accounts().findByTelegramUser(command.user()).getOrElse(() -> ports.transactions().inTransaction(() -> {
            Account created = ports.accounts().findByTelegramUser(command.user()).getOrElse(() -> {
                Account fresh = Account.newClient(new AccountId(ports.ids().newId()), command.user(), command.displayName(), command.language());
                ports.accounts().save(fresh);
                return fresh;
            });
            return Either.right(created);
        }).get());
    }
}
