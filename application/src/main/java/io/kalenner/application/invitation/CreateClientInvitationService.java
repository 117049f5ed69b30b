package io.kalenner.application.invitation;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.invitation.InvitationCode;
import io.vavr.control.Either;

public final class CreateClientInvitationService implements CreateClientInvitation {

    private final Ports ports;
    private final Access access;

    public CreateClientInvitationService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, Invitation> create(AccountId actor) {
        return ports.transactions().inTransaction(() -> access.provider(actor).map(provider -> ports.invitations()
                .findOf(provider.id(), Invitation.Kind.CLIENT)
                .getOrElse(() -> {
                    Invitation fresh = new Invitation(new InvitationCode(ports.ids().newSecretCode()), provider.id(), Invitation.Kind.CLIENT);
                    ports.invitations().save(fresh);
                    return fresh;
                })));
    }
}
