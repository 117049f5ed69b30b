package io.kalenner.application.inmemory;

import io.kalenner.application.port.ServiceRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Option;

public final class InMemoryServiceRepository implements ServiceRepository {

    private final InMemoryTable<ServiceId, Service> services;

    public InMemoryServiceRepository(InMemoryTransactions transactions) {
        this.services = new InMemoryTable<>(transactions);
    }

    @Override
    public Option<Service> findById(ServiceId id) {
        return services.get(id);
    }

    @Override
    public void save(Service service) {
        services.put(service.id(), service);
    }

    @Override
    public List<Service> activeOf(AccountId provider) {
        return services.where(s -> s.provider().equals(provider) && !s.archived()).sortBy(Service::name);
    }
}
