package io.kalenner.application.port;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Option;

/** Providers' services, archived ones included. */
public interface ServiceRepository {

    Option<Service> findById(ServiceId id);

    /** Inserts or replaces the service with this id. */
    void save(Service service);

    /** The provider's services that are not archived, by name. */
    List<Service> activeOf(AccountId provider);

    /**
     * Whether the specialist performs the service of an organization it is a member of (D78):
     * every member does until it declines; declining again, or taking up a service it performs,
     * changes nothing.
     */
    void setPerformed(AccountId specialist, ServiceId service, boolean performed);

    /** The specialists who declined the service. */
    List<AccountId> declinedBy(ServiceId service);

    /** The services the specialist declined. */
    List<ServiceId> declinedServicesOf(AccountId specialist);
}
