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

public final class CreateSpecialistInvitationService implements CreateSpecialistInvitation {

    private final Ports ports;
    private final Access access;

    public CreateSpecialistInvitationService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, Invitation> create(AccountId actor) {
        return ports.transactions().inTransaction(() -> access.provider(actor)
                .filterOrElse(Account::isOrganization, specialist -> Rejection.of(Reason.NOT_AN_ORGANIZATION))
                .map(organization -> ports.invitations()
                        .findOf(organization.id(), Invitation.Kind.SPECIALIST)
                        .getOrElse(() -> {
                            Invitation fresh = new Invitation(new InvitationCode(ports.ids().newSecretCode()), organization.id(),
                                    Invitation.Kind.SPECIALIST);
                            ports.invitations().save(fresh);
                            return fresh;
                        })));
    }
}
