package io.kalenner.application.invitation;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.ProviderKind;
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
    public Either<Rejection, Accepted> open(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> access.account(actor)
                .flatMap(user -> InvitationCode.parse(command.payload())
                        .flatMap(code -> ports.invitations().findByCode(code).toEither(() -> Rejection.of(Reason.INVALID_INVITATION)))
                        .flatMap(invitation -> switch (invitation.kind()) {
                            case CLIENT -> becomeClient(user, invitation);
                            case SPECIALIST -> joinOrganization(user, invitation);
                        })));
    }

    private Either<Rejection, Accepted> becomeClient(Account user, Invitation invitation) {
        return access.provider(invitation.provider())
                .peek(provider -> {
                    if (!provider.id().equals(user.id())) {
                        ports.accounts().addProvider(user.id(), provider.id());
                    }
                })
                .map(provider -> new Accepted(provider, Invitation.Kind.CLIENT));
    }

    /** Only an organization's specialist invitation is good; the user is or becomes a Specialist (D11). */
    private Either<Rejection, Accepted> joinOrganization(Account user, Invitation invitation) {
        return access.organization(invitation.provider())
                .mapLeft(notAnOrganization -> Rejection.of(Reason.INVALID_INVITATION))
                .flatMap(organization -> user.becomeProvider(ProviderKind.SPECIALIST)
                        .peek(specialist -> {
                            if (!user.isProvider()) {
                                ports.accounts().save(specialist);
                            }
                            ports.accounts().addMember(organization.id(), specialist.id());
                        })
                        .map(specialist -> new Accepted(organization, Invitation.Kind.SPECIALIST)));
    }
}
