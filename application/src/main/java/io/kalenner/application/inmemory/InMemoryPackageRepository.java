package io.kalenner.application.inmemory;

import io.kalenner.application.port.PackageRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.PackagePurchase;
import io.kalenner.domain.servicepackage.PurchaseId;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.collection.List;
import io.vavr.control.Option;

public final class InMemoryPackageRepository implements PackageRepository {

    private final InMemoryTable<PackageId, ServicePackage> packages;
    private final InMemoryTable<PurchaseId, PackagePurchase> purchases;
    /** Which purchase pays for each appointment, in the order they were covered. */
    private final InMemoryTable<AppointmentId, PurchaseId> covers;

    public InMemoryPackageRepository(InMemoryTransactions transactions) {
        this.packages = new InMemoryTable<>(transactions);
        this.purchases = new InMemoryTable<>(transactions);
        this.covers = new InMemoryTable<>(transactions);
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
            covers.put(appointment, purchase);
            return purchase;
        });
    }

    @Override
    public List<AppointmentId> coveredBy(PurchaseId purchase) {
        return covers.keysWhere(purchase::equals);
    }

    @Override
    public Option<PurchaseId> payerOf(AppointmentId appointment) {
        return covers.get(appointment);
    }
}
