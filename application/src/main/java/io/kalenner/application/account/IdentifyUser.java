package io.kalenner.application.account;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.TelegramUserId;

/** Finds the account of a Telegram user, registering a client account at first contact. */
public interface IdentifyUser {

    /** Never refuses: every Telegram user who writes to the bot is at least a client. */
    Account identify(Command command);

    /** @param language used only when the account is created */
    record Command(TelegramUserId user, String displayName, Language language) {}
}
