package io.kalenner.application.booking;

import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * Who may perform a provider's service: a Specialist performs its own; an Organization's are
 * performed by its member specialists, in the order they joined, but for those who declined that
 * service (D78; an organization without members offers nothing). A chosen specialist who is not
 * one of them is {@code NOT_FOUND} (D12).
 */
final class Performers {

    private final Ports ports;

    Performers(Ports ports) {
        this.ports = ports;
    }

    /** @param chosen a specialist picked by the client, or none for "any free specialist" */
    Either<Rejection, List<Account>> of(Account provider, ServiceId service, Option<AccountId> chosen) {
        List<Account> candidates = provider.isOrganization() ? performersOf(provider, service) : List.of(provider);
        if (chosen.isEmpty()) {
            return Either.right(candidates);
        }
        return candidates.find(candidate -> candidate.id().equals(chosen.get()))
                .map(List::of)
                .toEither(() -> Rejection.of(Reason.NOT_FOUND, "specialist"));
    }

    /** The organization's members who perform the service, in the order they joined. */
    List<Account> performersOf(Account organization, ServiceId service) {
        return performing(ports.accounts().membersOf(organization.id()), service);
    }

    /** Those of the members who did not decline the service (D78), in the order given. */
    List<Account> performing(List<Account> members, ServiceId service) {
        List<AccountId> declined = ports.services().declinedBy(service);
        return members.filter(member -> !declined.contains(member.id()));
    }
}
