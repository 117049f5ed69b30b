package io.kalenner.application.invitation;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.invitation.Invitation;
import io.vavr.control.Either;

/**
 * A provider's invitation for clients. A provider has one, made on first request and kept, so a
 * printed QR code keeps working.
 */
public interface CreateClientInvitation {

    Either<Rejection, Invitation> create(AccountId actor);
}
