package io.kalenner.application.invitation;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.invitation.Invitation;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * A user opened an invitation link. A client invitation adds its provider to the user's
 * providers list. An organization's specialist invitation makes the user a member specialist of
 * the organization, registering the user as a Specialist first when needed; an Organization
 * cannot join one ({@code ALREADY_A_PROVIDER_OF_OTHER_KIND}, D11). An unknown, malformed or
 * over-long payload is refused with {@code INVALID_INVITATION} and changes nothing.
 */
public interface AcceptInvitation {

    /** What the invitation did: whose it was, and which kind. */
    Either<Rejection, Accepted> open(AccountId actor, Command command);

    /** @return the provider who invited */
    default Either<Rejection, Account> accept(AccountId actor, Command command) {
        return open(actor, command).map(Accepted::provider);
    }

    /** @param payload the text after {@code /start}, as received */
    record Command(String payload) {}

    /**
     * @param provider the inviting provider: the provider now on the user's list, or the
     *                 organization the user is now a member of
     * @param kind     {@code CLIENT} or {@code SPECIALIST}
     */
    record Accepted(Account provider, Invitation.Kind kind) {
        public Accepted {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
