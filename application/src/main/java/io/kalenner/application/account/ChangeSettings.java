package io.kalenner.application.account;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.time.TimeSetting;
import io.vavr.control.Either;

/** A person changes their own settings: the time setting everything is shown in, and the language. */
public interface ChangeSettings {

    Either<Rejection, Account> setTimeSetting(AccountId actor, TimeSetting setting);

    Either<Rejection, Account> setLanguage(AccountId actor, Language language);
}
