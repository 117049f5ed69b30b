package io.kalenner.application.servicepackage;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * A member specialist's view of the packages of the organizations it belongs to: each one's
 * packages on sale and its clients' purchases with their sessions, to read only — members do not
 * define or sell packages (D52, D68). Empty for a provider that is no organization's member;
 * {@code NOT_A_PROVIDER} for a client.
 */
public interface ListOrganizationPackages {

    Either<Rejection, List<OrganizationPackages>> ofMyOrganizations(AccountId actor);
}
