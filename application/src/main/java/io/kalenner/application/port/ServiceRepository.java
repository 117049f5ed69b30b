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
}
