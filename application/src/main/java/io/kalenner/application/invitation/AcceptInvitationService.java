package io.kalenner.application.invitation;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.invitation.InvitationCode;
import io.vavr.control.Either;

public final class AcceptInvitationService implements AcceptInvitation {

    private final Ports ports;
    private final Access access;

    public AcceptInvitationService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, Account> accept(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> access.account(actor)
                .flatMap(client -> InvitationCode.parse(command.payload()))
                .flatMap(code -> ports.invitations().findByCode(code).toEither(() -> Rejection.of(Reason.INVALID_INVITATION)))
                .filterOrElse(invitation -> invitation.kind() == Invitation.Kind.CLIENT, invitation -> Rejection.of(Reason.INVALID_INVITATION))
                .flatMap(invitation -> access.provider(invitation.provider()))
                .peek(provider -> {
                    if (!provider.id().equals(actor)) {
                        ports.accounts().addProvider(actor, provider.id());
                    }
                }));
    }
}
