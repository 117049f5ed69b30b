package io.kalenner.application.inmemory;

import io.kalenner.application.port.ServiceRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.control.Option;

public final class InMemoryServiceRepository implements ServiceRepository {

    private final InMemoryTable<ServiceId, Service> services;
    private final InMemoryTable<Tuple2<AccountId, ServiceId>, Tuple2<AccountId, ServiceId>> declined;

    public InMemoryServiceRepository(InMemoryTransactions transactions) {
        this.services = new InMemoryTable<>(transactions);
        this.declined = new InMemoryTable<>(transactions);
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

    @Override
    public void setPerformed(AccountId specialist, ServiceId service, boolean performed) {
        var choice = Tuple.of(specialist, service);
        if (performed) {
            declined.remove(choice);
        } else {
            declined.put(choice, choice);
        }
    }

    @Override
    public List<AccountId> declinedBy(ServiceId service) {
        return declined.where(choice -> choice._2.equals(service)).map(Tuple2::_1);
    }

    @Override
    public List<ServiceId> declinedServicesOf(AccountId specialist) {
        return declined.where(choice -> choice._1.equals(specialist)).map(Tuple2::_2);
    }
}
