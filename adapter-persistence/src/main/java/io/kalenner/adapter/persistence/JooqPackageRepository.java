package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.PACKAGE_PAYMENT;
import static io.kalenner.adapter.persistence.jooq.Tables.PACKAGE_POLICY;
import static io.kalenner.adapter.persistence.jooq.Tables.PACKAGE_PURCHASE;
import static io.kalenner.adapter.persistence.jooq.Tables.PACKAGE_SESSION;
import static io.kalenner.adapter.persistence.jooq.Tables.SERVICE_PACKAGE;

import io.kalenner.adapter.persistence.jooq.PackagePurchaseRecord;
import io.kalenner.adapter.persistence.jooq.ServicePackageRecord;
import io.kalenner.application.port.PackageRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.servicepackage.Expiry;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.PackagePolicy;
import io.kalenner.domain.servicepackage.PackagePurchase;
import io.kalenner.domain.servicepackage.PackageSession;
import io.kalenner.domain.servicepackage.PurchasePayment;
import io.kalenner.domain.servicepackage.PurchaseId;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.jooq.Condition;

final class JooqPackageRepository implements PackageRepository {

    private final JooqTransactions transactions;

    JooqPackageRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Option<ServicePackage> findPackage(PackageId id) {
        return Option.ofOptional(transactions.dsl().selectFrom(SERVICE_PACKAGE).where(SERVICE_PACKAGE.ID.eq(id.value())).fetchOptional())
                .map(JooqPackageRepository::toPackage);
    }

    @Override
    public void savePackage(ServicePackage p) {
        transactions.dsl().insertInto(SERVICE_PACKAGE)
                .set(SERVICE_PACKAGE.ID, p.id().value())
                .set(SERVICE_PACKAGE.PROVIDER_ID, p.provider().value())
                .set(SERVICE_PACKAGE.SERVICE_ID, p.service().value())
                .set(SERVICE_PACKAGE.SESSIONS, p.sessions())
                .set(SERVICE_PACKAGE.PRICE_MINOR, p.price().minorUnits())
                .set(SERVICE_PACKAGE.CURRENCY, p.price().currency().getCurrencyCode())
                .set(SERVICE_PACKAGE.ARCHIVED, p.archived())
                .set(SERVICE_PACKAGE.VALIDITY_DAYS, p.validityDays().getOrNull())
                .onConflict(SERVICE_PACKAGE.ID)
                .doUpdate()
                .set(SERVICE_PACKAGE.ARCHIVED, p.archived())
                .execute();
    }

    @Override
    public List<ServicePackage> packagesOf(AccountId provider) {
        return List.ofAll(transactions.dsl().selectFrom(SERVICE_PACKAGE)
                        .where(SERVICE_PACKAGE.PROVIDER_ID.eq(provider.value()))
                        .orderBy(SERVICE_PACKAGE.POSITION)
                        .fetch())
                .map(JooqPackageRepository::toPackage);
    }

    @Override
    public void addPurchase(PackagePurchase p) {
        transactions.dsl().insertInto(PACKAGE_PURCHASE)
                .set(PACKAGE_PURCHASE.ID, p.id().value())
                .set(PACKAGE_PURCHASE.PACKAGE_ID, p.servicePackage().value())
                .set(PACKAGE_PURCHASE.PROVIDER_ID, p.provider().value())
                .set(PACKAGE_PURCHASE.SERVICE_ID, p.service().value())
                .set(PACKAGE_PURCHASE.CLIENT_ID, p.client().value())
                .set(PACKAGE_PURCHASE.SESSIONS, p.sessions())
                .set(PACKAGE_PURCHASE.PRICE_MINOR, p.price().minorUnits())
                .set(PACKAGE_PURCHASE.CURRENCY, p.price().currency().getCurrencyCode())
                .set(PACKAGE_PURCHASE.PURCHASED_AT, p.purchasedAt())
                .set(PACKAGE_PURCHASE.LAST_DAY, p.expiry().map(Expiry::lastDay).getOrNull())
                .set(PACKAGE_PURCHASE.EXPIRES_AT, p.expiry().map(Expiry::endsAt).getOrNull())
                .execute();
        transactions.wrote(ReadCache.Region.ANY_PURCHASE, ReadCache.key(p.client().value(), p.provider().value()));
    }

    @Override
    public Option<PackagePurchase> findPurchase(PurchaseId id) {
        return Option.ofOptional(transactions.dsl().selectFrom(PACKAGE_PURCHASE).where(PACKAGE_PURCHASE.ID.eq(id.value())).fetchOptional())
                .map(JooqPackageRepository::toPurchase);
    }

    @Override
    public List<PackagePurchase> purchasesOf(AccountId client, AccountId provider) {
        return anyPurchase(client, provider) ? purchases(ofClient(client, provider)) : List.empty();
    }

    /** Most clients buy no package: the cache spares their screens and bookings the statement that would find none. */
    private boolean anyPurchase(AccountId client, AccountId provider) {
        return transactions.cached(ReadCache.Region.ANY_PURCHASE, ReadCache.key(client.value(), provider.value()),
                () -> transactions.dsl().fetchExists(PACKAGE_PURCHASE, ofClient(client, provider)));
    }

    @Override
    public List<PackagePurchase> purchasesForUpdate(AccountId client, AccountId provider) {
        if (!anyPurchase(client, provider)) {
            return List.empty();
        }
        return List.ofAll(transactions.dsl().selectFrom(PACKAGE_PURCHASE)
                        .where(ofClient(client, provider))
                        .orderBy(PACKAGE_PURCHASE.PURCHASED_AT, PACKAGE_PURCHASE.POSITION)
                        .forUpdate()
                        .fetch())
                .map(JooqPackageRepository::toPurchase);
    }

    @Override
    public List<PackagePurchase> purchasesFrom(AccountId provider) {
        return purchases(PACKAGE_PURCHASE.PROVIDER_ID.eq(provider.value()));
    }

    @Override
    public void cover(PurchaseId purchase, AppointmentId appointment) {
        transactions.dsl().insertInto(PACKAGE_SESSION)
                .set(PACKAGE_SESSION.APPOINTMENT_ID, appointment.value())
                .set(PACKAGE_SESSION.PURCHASE_ID, purchase.value())
                .execute();
    }

    @Override
    public List<AppointmentId> coveredBy(PurchaseId purchase) {
        return List.ofAll(transactions.dsl().select(PACKAGE_SESSION.APPOINTMENT_ID).from(PACKAGE_SESSION)
                        .where(PACKAGE_SESSION.PURCHASE_ID.eq(purchase.value()))
                        .orderBy(PACKAGE_SESSION.POSITION)
                        .fetch(PACKAGE_SESSION.APPOINTMENT_ID))
                .map(AppointmentId::new);
    }

    @Override
    public Option<PurchaseId> payerOf(AppointmentId appointment) {
        return Option.of(transactions.dsl().select(PACKAGE_SESSION.PURCHASE_ID).from(PACKAGE_SESSION)
                        .where(PACKAGE_SESSION.APPOINTMENT_ID.eq(appointment.value()))
                        .fetchOne(PACKAGE_SESSION.PURCHASE_ID))
                .map(PurchaseId::new);
    }

    @Override
    public List<PackageSession> sessionsOf(PurchaseId purchase) {
        return List.ofAll(transactions.dsl().selectFrom(PACKAGE_SESSION)
                        .where(PACKAGE_SESSION.PURCHASE_ID.eq(purchase.value()))
                        .orderBy(PACKAGE_SESSION.POSITION)
                        .fetch())
                .map(row -> new PackageSession(new AppointmentId(row.getAppointmentId()), new PurchaseId(row.getPurchaseId()),
                        Option.of(row.getMissedUsesSession())));
    }

    @Override
    public void recordMissed(AppointmentId appointment, PackagePolicy policy) {
        transactions.dsl().update(PACKAGE_SESSION)
                .set(PACKAGE_SESSION.MISSED_USES_SESSION, policy.missedUsesSession())
                .where(PACKAGE_SESSION.APPOINTMENT_ID.eq(appointment.value()).and(PACKAGE_SESSION.MISSED_USES_SESSION.isNull()))
                .execute();
    }

    @Override
    public PackagePolicy policyOf(AccountId provider) {
        return Option.of(transactions.dsl().select(PACKAGE_POLICY.MISSED_USES_SESSION).from(PACKAGE_POLICY)
                        .where(PACKAGE_POLICY.PROVIDER_ID.eq(provider.value()))
                        .fetchOne(PACKAGE_POLICY.MISSED_USES_SESSION))
                .map(PackagePolicy::new)
                .getOrElse(PackagePolicy.DEFAULT);
    }

    @Override
    public void savePolicy(AccountId provider, PackagePolicy policy) {
        transactions.dsl().insertInto(PACKAGE_POLICY)
                .set(PACKAGE_POLICY.PROVIDER_ID, provider.value())
                .set(PACKAGE_POLICY.MISSED_USES_SESSION, policy.missedUsesSession())
                .onConflict(PACKAGE_POLICY.PROVIDER_ID)
                .doUpdate()
                .set(PACKAGE_POLICY.MISSED_USES_SESSION, policy.missedUsesSession())
                .execute();
    }

    @Override
    public void addPayment(PurchasePayment payment) {
        transactions.dsl().insertInto(PACKAGE_PAYMENT)
                .set(PACKAGE_PAYMENT.PURCHASE_ID, payment.purchase().value())
                .set(PACKAGE_PAYMENT.AMOUNT_MINOR, payment.amount().minorUnits())
                .set(PACKAGE_PAYMENT.CURRENCY, payment.amount().currency().getCurrencyCode())
                .set(PACKAGE_PAYMENT.PAID_AT, payment.paidAt())
                .execute();
    }

    @Override
    public List<PurchasePayment> paymentsOf(PurchaseId purchase) {
        return List.ofAll(transactions.dsl().selectFrom(PACKAGE_PAYMENT)
                        .where(PACKAGE_PAYMENT.PURCHASE_ID.eq(purchase.value()))
                        .orderBy(PACKAGE_PAYMENT.POSITION)
                        .fetch())
                .map(row -> new PurchasePayment(new PurchaseId(row.getPurchaseId()), Money.of(row.getAmountMinor(), row.getCurrency()),
                        row.getPaidAt()));
    }

    private static Condition ofClient(AccountId client, AccountId provider) {
        return PACKAGE_PURCHASE.CLIENT_ID.eq(client.value()).and(PACKAGE_PURCHASE.PROVIDER_ID.eq(provider.value()));
    }

    private List<PackagePurchase> purchases(Condition where) {
        return List.ofAll(transactions.dsl().selectFrom(PACKAGE_PURCHASE)
                        .where(where)
                        .orderBy(PACKAGE_PURCHASE.PURCHASED_AT, PACKAGE_PURCHASE.POSITION)
                        .fetch())
                .map(JooqPackageRepository::toPurchase);
    }

    private static ServicePackage toPackage(ServicePackageRecord row) {
        return new ServicePackage(new PackageId(row.getId()), new AccountId(row.getProviderId()), new ServiceId(row.getServiceId()),
                row.getSessions(), Money.of(row.getPriceMinor(), row.getCurrency()), row.getArchived(), Option.of(row.getValidityDays()));
    }

    private static PackagePurchase toPurchase(PackagePurchaseRecord row) {
        return new PackagePurchase(new PurchaseId(row.getId()), new PackageId(row.getPackageId()), new AccountId(row.getProviderId()),
                new ServiceId(row.getServiceId()), new AccountId(row.getClientId()), row.getSessions(),
                Money.of(row.getPriceMinor(), row.getCurrency()), row.getPurchasedAt(),
                Option.of(row.getLastDay()).map(lastDay -> new Expiry(lastDay, row.getExpiresAt())));
    }
}
