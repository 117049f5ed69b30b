package io.kalenner.application.account;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.time.TimeSetting;
import io.vavr.control.Either;
import java.util.function.UnaryOperator;

public final class ChangeSettingsService implements ChangeSettings {

    private final Ports ports;
    private final Access access;

    public ChangeSettingsService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, Account> setTimeSetting(AccountId actor, TimeSetting setting) {
        return change(actor, account -> account.withTimeSetting(setting));
    }

    @Override
    public Either<Rejection, Account> setLanguage(AccountId actor, Language language) {
        return change(actor, account -> account.withLanguage(language));
    }

    private Either<Rejection, Account> change(AccountId actor, UnaryOperator<Account> change) {
        return ports.transactions().inTransaction(() -> access.account(actor).map(change).peek(ports.accounts()::save));
    }
}
