package io.kalenner.application.inmemory;

import io.kalenner.application.port.InvitationRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.invitation.InvitationCode;
import io.vavr.control.Option;

public final class InMemoryInvitationRepository implements InvitationRepository {

    private final InMemoryTable<InvitationCode, Invitation> invitations;

    public InMemoryInvitationRepository(InMemoryTransactions transactions) {
        this.invitations = new InMemoryTable<>(transactions);
    }

    @Override
    public Option<Invitation> findByCode(InvitationCode code) {
        return invitations.get(code);
    }

    @Override
    public Option<Invitation> findOf(AccountId provider, Invitation.Kind kind) {
        return invitations.where(i -> i.provider().equals(provider) && i.kind() == kind).headOption();
    }

    @Override
    public void save(Invitation invitation) {
        invitations.put(invitation.code(), invitation);
    }
}
