package io.kalenner.application.invitation;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

/**
 * A user opened an invitation link: the provider joins the user's providers list. An unknown,
 * malformed or over-long payload is refused with {@code INVALID_INVITATION} and changes nothing.
 */
public interface AcceptInvitation {

    /** @return the provider who invited */
    Either<Rejection, Account> accept(AccountId actor, Command command);

    /** @param payload the text after {@code /start}, as received */
    record Command(String payload) {}
}
