package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * A member specialist picks which of its organizations' services it performs (D78). Every member
 * performs every service of the organization until it declines one; a declined service is
 * neither offered with that specialist nor given to it for "any free specialist". Only a
 * Specialist asks ({@code NOT_A_PROVIDER} otherwise); a service of an organization the actor is
 * not a member of is {@code NOT_YOURS}, an unknown one {@code NOT_FOUND}.
 */
public interface OfferOrganizationServices {

    /** Each organization the actor is a member of, in the order joined, with its services on offer and whether the actor performs each. */
    Either<Rejection, List<OrganizationServices>> list(AccountId actor);

    /** The actor performs the service from now on, or no longer does; the answer is the service. */
    Either<Rejection, Service> set(AccountId actor, ServiceId service, boolean performed);

    record OrganizationServices(Account organization, List<Offered> services) {}

    record Offered(Service service, boolean performed) {}
}
