package io.kalenner.application.inmemory;

import io.kalenner.application.port.PackageRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.PackagePolicy;
import io.kalenner.domain.servicepackage.PackagePurchase;
import io.kalenner.domain.servicepackage.PackageSession;
import io.kalenner.domain.servicepackage.PurchasePayment;
import io.kalenner.domain.servicepackage.PurchaseId;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.collection.List;
import io.vavr.control.Option;

public final class InMemoryPackageRepository implements PackageRepository {

    private final InMemoryTable<PackageId, ServicePackage> packages;
    private final InMemoryTable<PurchaseId, PackagePurchase> purchases;
    /** Which purchase pays for each appointment, in the order they were covered. */
    private final InMemoryTable<AppointmentId, PackageSession> covers;
    private final InMemoryTable<AccountId, PackagePolicy> policies;
    /** Payments under a key of their own, in the order they were recorded. */
    private final InMemoryTable<java.util.UUID, PurchasePayment> payments;

    public InMemoryPackageRepository(InMemoryTransactions transactions) {
        this.packages = new InMemoryTable<>(transactions);
        this.purchases = new InMemoryTable<>(transactions);
        this.covers = new InMemoryTable<>(transactions);
        this.policies = new InMemoryTable<>(transactions);
        this.payments = new InMemoryTable<>(transactions);
    }

    @Override
    public Option<ServicePackage> findPackage(PackageId id) {
        return packages.get(id);
    }

    @Override
    public void savePackage(ServicePackage servicePackage) {
        packages.put(servicePackage.id(), servicePackage);
    }

    @Override
    public List<ServicePackage> packagesOf(AccountId provider) {
        return packages.where(p -> p.provider().equals(provider));
    }

    @Override
    public void addPurchase(PackagePurchase purchase) {
        purchases.atomically(() -> {
            if (purchases.get(purchase.id()).isDefined()) {
                throw new IllegalStateException("purchase " + purchase.id() + " exists already");
            }
            purchases.put(purchase.id(), purchase);
            return purchase;
        });
    }

    @Override
    public Option<PackagePurchase> findPurchase(PurchaseId id) {
        return purchases.get(id);
    }

    @Override
    public List<PackagePurchase> purchasesOf(AccountId client, AccountId provider) {
        return purchases.where(p -> p.client().equals(client) && p.provider().equals(provider)).sortBy(PackagePurchase::purchasedAt);
    }

    @Override
    public List<PackagePurchase> purchasesForUpdate(AccountId client, AccountId provider) {
        return purchasesOf(client, provider); // transactions are serialized: nobody else books meanwhile
    }

    @Override
    public List<PackagePurchase> purchasesFrom(AccountId provider) {
        return purchases.where(p -> p.provider().equals(provider)).sortBy(PackagePurchase::purchasedAt);
    }

    @Override
    public void cover(PurchaseId purchase, AppointmentId appointment) {
        covers.atomically(() -> {
            if (covers.get(appointment).isDefined()) {
                throw new IllegalStateException("appointment " + appointment + " is paid for already");
            }
            covers.put(appointment, PackageSession.reserved(appointment, purchase));
            return purchase;
        });
    }

    @Override
    public List<AppointmentId> coveredBy(PurchaseId purchase) {
        return sessionsOf(purchase).map(PackageSession::appointment);
    }

    @Override
    public Option<PurchaseId> payerOf(AppointmentId appointment) {
        return covers.get(appointment).map(PackageSession::purchase);
    }

    @Override
    public List<PackageSession> sessionsOf(PurchaseId purchase) {
        return covers.where(s -> s.purchase().equals(purchase));
    }

    @Override
    public void recordMissed(AppointmentId appointment, PackagePolicy policy) {
        covers.get(appointment).forEach(session -> covers.put(appointment, session.missed(policy)));
    }

    @Override
    public PackagePolicy policyOf(AccountId provider) {
        return policies.get(provider).getOrElse(PackagePolicy.DEFAULT);
    }

    @Override
    public void savePolicy(AccountId provider, PackagePolicy policy) {
        policies.put(provider, policy);
    }

    @Override
    public void addPayment(PurchasePayment payment) {
        payments.put(java.util.UUID.randomUUID(), payment);
    }

    @Override
    public List<PurchasePayment> paymentsOf(PurchaseId purchase) {
        return payments.where(p -> p.purchase().equals(purchase));
    }
}
