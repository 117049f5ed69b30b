package io.kalenner.application.invitation;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.invitation.Invitation;
import io.vavr.control.Either;

/**
 * An organization's invitation for specialists: whoever opens it joins the organization as a
 * member specialist. Only an Organization has one ({@code NOT_AN_ORGANIZATION} for a Specialist,
 * {@code NOT_A_PROVIDER} for a client); it is made on first request and kept, like the client
 * invitation.
 */
public interface CreateSpecialistInvitation {

    Either<Rejection, Invitation> create(AccountId actor);
}
