package io.kalenner.application.port;

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

/**
 * Providers' service packages, clients' purchases of them, and which purchase pays for which
 * appointment. Every call joins the caller's transaction.
 */
public interface PackageRepository {

    Option<ServicePackage> findPackage(PackageId id);

    /** Inserts or replaces the package with this id. */
    void savePackage(ServicePackage servicePackage);

    /** The provider's packages, archived ones included, in the order they were defined. */
    List<ServicePackage> packagesOf(AccountId provider);

    void addPurchase(PackagePurchase purchase);

    Option<PackagePurchase> findPurchase(PurchaseId id);

    /** The client's purchases from the provider, oldest first. */
    List<PackagePurchase> purchasesOf(AccountId client, AccountId provider);

    /**
     * As {@link #purchasesOf}, and held for the current transaction: another transaction that asks
     * for them so waits until this one ends. Two bookings of one client thus take sessions one
     * after the other, and a purchase never pays for more appointments than it has sessions.
     */
    List<PackagePurchase> purchasesForUpdate(AccountId client, AccountId provider);

    /** Every purchase of the provider's packages, oldest first. */
    List<PackagePurchase> purchasesFrom(AccountId provider);

    /** Records that the purchase pays for the appointment (both stored already); an appointment is paid by one purchase at most. */
    void cover(PurchaseId purchase, AppointmentId appointment);

    /** The appointments the purchase pays for, in the order they were covered. */
    List<AppointmentId> coveredBy(PurchaseId purchase);

    /** The purchase that pays for the appointment, if one does. */
    Option<PurchaseId> payerOf(AppointmentId appointment);

    /** The sessions of the appointments the purchase pays for, in the order they were covered. */
    List<PackageSession> sessionsOf(PurchaseId purchase);

    /**
     * Records what the provider's policy said when the appointment was marked Missed, on the session
     * paying for it; nothing when no purchase pays for it. A policy recorded once stays (D65).
     */
    void recordMissed(AppointmentId appointment, PackagePolicy policy);

    /** The provider's package policy; {@link PackagePolicy#DEFAULT} until it sets one. */
    PackagePolicy policyOf(AccountId provider);

    /** Inserts or replaces the provider's package policy. */
    void savePolicy(AccountId provider, PackagePolicy policy);

    /** Records a payment towards a purchase stored already. */
    void addPayment(PurchasePayment payment);

    /** The payments towards the purchase, in the order they were recorded. */
    List<PurchasePayment> paymentsOf(PurchaseId purchase);
}
