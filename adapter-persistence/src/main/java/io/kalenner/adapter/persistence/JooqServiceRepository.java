package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.MEMBER_DECLINED_SERVICE;
import static io.kalenner.adapter.persistence.jooq.Tables.SERVICE;

import io.kalenner.adapter.persistence.jooq.ServiceRecord;
import io.kalenner.application.port.ServiceRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.profile.WebLink;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;

final class JooqServiceRepository implements ServiceRepository {

    private final JooqTransactions transactions;

    JooqServiceRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Option<Service> findById(ServiceId id) {
        return transactions.cached(ReadCache.Region.SERVICE, id.value(), () ->
                Option.ofOptional(transactions.dsl().selectFrom(SERVICE).where(SERVICE.ID.eq(id.value())).fetchOptional())
                        .map(JooqServiceRepository::toService));
    }

    @Override
    public void save(Service service) {
        ServiceRecord row = new ServiceRecord(
                service.id().value(),
                service.provider().value(),
                service.name(),
                service.duration().toSeconds(),
                service.price().minorUnits(),
                service.price().currency().getCurrencyCode(),
                service.archived(),
                service.description().getOrNull(),
                service.paymentLink().map(WebLink::url).getOrNull());
        transactions.dsl().insertInto(SERVICE).set(row).onConflict(SERVICE.ID).doUpdate().set(row).execute();
        transactions.wrote(ReadCache.Region.SERVICE, service.id().value());
        transactions.wrote(ReadCache.Region.ACTIVE_SERVICES_OF, service.provider().value());
    }

    @Override
    public List<Service> activeOf(AccountId provider) {
        // "C" orders by code point, as Java's String order does, whatever the database's locale
        return transactions.cached(ReadCache.Region.ACTIVE_SERVICES_OF, provider.value(), () -> List.ofAll(transactions.dsl().selectFrom(SERVICE)
                        .where(SERVICE.PROVIDER_ID.eq(provider.value()).and(SERVICE.ARCHIVED.isFalse()))
                        .orderBy(SERVICE.NAME.collate("C"), SERVICE.ID)
                        .fetch())
                .map(JooqServiceRepository::toService));
    }

    @Override
    public void setPerformed(AccountId specialist, ServiceId service, boolean performed) {
        if (performed) {
            transactions.dsl().deleteFrom(MEMBER_DECLINED_SERVICE)
                    .where(MEMBER_DECLINED_SERVICE.SERVICE_ID.eq(service.value()).and(MEMBER_DECLINED_SERVICE.SPECIALIST_ID.eq(specialist.value())))
                    .execute();
        } else {
            transactions.dsl().insertInto(MEMBER_DECLINED_SERVICE, MEMBER_DECLINED_SERVICE.SERVICE_ID, MEMBER_DECLINED_SERVICE.SPECIALIST_ID)
                    .values(service.value(), specialist.value())
                    .onConflictDoNothing()
                    .execute();
        }
    }

    @Override
    public List<AccountId> declinedBy(ServiceId service) {
        return List.ofAll(transactions.dsl().select(MEMBER_DECLINED_SERVICE.SPECIALIST_ID).from(MEMBER_DECLINED_SERVICE)
                        .where(MEMBER_DECLINED_SERVICE.SERVICE_ID.eq(service.value()))
                        .fetch(MEMBER_DECLINED_SERVICE.SPECIALIST_ID))
                .map(AccountId::new);
    }

    @Override
    public List<ServiceId> declinedServicesOf(AccountId specialist) {
        return List.ofAll(transactions.dsl().select(MEMBER_DECLINED_SERVICE.SERVICE_ID).from(MEMBER_DECLINED_SERVICE)
                        .where(MEMBER_DECLINED_SERVICE.SPECIALIST_ID.eq(specialist.value()))
                        .fetch(MEMBER_DECLINED_SERVICE.SERVICE_ID))
                .map(ServiceId::new);
    }

    private static Service toService(ServiceRecord row) {
        return new Service(
                new ServiceId(row.getId()),
                new AccountId(row.getProviderId()),
                row.getName(),
                Duration.ofSeconds(row.getDurationSeconds()),
                Money.of(row.getPriceMinor(), row.getCurrency()),
                Option.of(row.getDescription()),
                Option.of(row.getPaymentLink()).map(WebLink::new),
                row.getArchived());
    }
}
