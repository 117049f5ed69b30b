package io.kalenner.application.port;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.invitation.InvitationCode;
import io.vavr.control.Option;

/** Invitations by their code. */
public interface InvitationRepository {

    Option<Invitation> findByCode(InvitationCode code);

    /** The provider's current invitation of that kind, if one was made. */
    Option<Invitation> findOf(AccountId provider, Invitation.Kind kind);

    void save(Invitation invitation);
}
