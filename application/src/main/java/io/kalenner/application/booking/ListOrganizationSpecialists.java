package io.kalenner.application.booking;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * An organization's member specialists, in the order they joined: for the organization itself,
 * its members, and its clients choosing whom to book with. Anyone else is
 * {@code NOT_YOUR_PROVIDER}; an account that is not an organization is {@code NOT_AN_ORGANIZATION}.
 */
public interface ListOrganizationSpecialists {

    Either<Rejection, List<Account>> specialists(AccountId actor, AccountId organization);

    /**
     * The members who perform one of the organization's services (D78), as the booking offers
     * them; the same parties may ask. An unknown service is {@code NOT_FOUND}.
     */
    Either<Rejection, List<Account>> performing(AccountId actor, ServiceId service);
}
