package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.PackagePolicy;
import io.kalenner.domain.servicepackage.PackagePurchase;
import io.kalenner.domain.servicepackage.PackageSession;
import io.kalenner.domain.servicepackage.PurchasePayment;
import io.kalenner.domain.servicepackage.PurchaseId;
import io.kalenner.domain.servicepackage.ServicePackage;
import java.time.Duration;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link PackageRepository} promises. */
public abstract class PackageRepositoryContract extends PortContract {

    private PackageRepository packages() {
        return under().packages();
    }

    private ServicePackage defined(Service service, int sessions) {
        ServicePackage p = ServicePackage.define(new PackageId(UUID.randomUUID()), service, sessions, Money.of(900_000, "RUB")).get();
        seed().write(() -> packages().savePackage(p));
        return p;
    }

    private PackagePurchase sold(ServicePackage p, Account client, Instant at) {
        PackagePurchase purchase = p.sellTo(new PurchaseId(UUID.randomUUID()), client.id(), at).get();
        seed().write(() -> packages().addPurchase(purchase));
        return purchase;
    }

    @Test
    void aPackageIsFoundAsSavedAndReplacedWhenArchived() {
        // given
        Account zoe = seed().specialist("Zoe");
        ServicePackage five = defined(seed().service(zoe, Duration.ofHours(1)), 5);
        ServicePackage ten = defined(seed().service(zoe, Duration.ofMinutes(30)), 10);

        // when
        seed().write(() -> packages().savePackage(five.archive()));

        // then
        assertThat(packages().findPackage(five.id())).containsExactly(five.archive());
        assertThat(packages().findPackage(new PackageId(UUID.randomUUID()))).isEmpty();
        assertThat(packages().packagesOf(zoe.id())).containsExactly(five.archive(), ten);
        assertThat(packages().packagesOf(seed().specialist("Mark").id())).isEmpty();
    }

    @Test
    void purchasesAreFoundByClientAndProviderOldestFirst() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        Account boris = seed().client("Boris");
        ServicePackage five = defined(seed().service(zoe, Duration.ofHours(1)), 5);
        PackagePurchase later = sold(five, anna, Seed.T);
        PackagePurchase earlier = sold(five, anna, Seed.REQUESTED_AT);
        PackagePurchase boris1 = sold(five, boris, Seed.T.plusSeconds(1));

        // then
        assertThat(packages().findPurchase(later.id())).containsExactly(later);
        assertThat(packages().findPurchase(new PurchaseId(UUID.randomUUID()))).isEmpty();
        assertThat(packages().purchasesOf(anna.id(), zoe.id())).containsExactly(earlier, later);
        assertThat(seed().committed(() -> packages().purchasesForUpdate(anna.id(), zoe.id()))).containsExactly(earlier, later);
        assertThat(packages().purchasesFrom(zoe.id())).containsExactly(earlier, later, boris1);
        assertThat(packages().purchasesOf(anna.id(), seed().specialist("Mark").id())).isEmpty();
    }

    @Test
    void anAppointmentIsPaidByOnePurchaseAndAPurchaseKnowsWhatItPaysFor() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        Service yoga = seed().service(zoe, Duration.ofHours(1));
        PackagePurchase purchase = sold(defined(yoga, 5), anna, Seed.REQUESTED_AT);
        Appointment first = seed().booked(yoga, anna, Seed.T);
        Appointment second = seed().booked(yoga, anna, Seed.T.plus(Duration.ofHours(2)));
        Appointment unpaid = seed().booked(yoga, anna, Seed.T.plus(Duration.ofHours(4)));

        // when
        seed().write(() -> {
            packages().cover(purchase.id(), first.id());
            packages().cover(purchase.id(), second.id());
        });

        // then
        assertThat(packages().coveredBy(purchase.id())).containsExactly(first.id(), second.id());
        assertThat(packages().payerOf(first.id())).containsExactly(purchase.id());
        assertThat(packages().payerOf(unpaid.id())).isEmpty();
    }

    @Test
    void whatARefusedTransactionWroteIsNotKept() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        Service yoga = seed().service(zoe, Duration.ofHours(1));
        ServicePackage five = defined(yoga, 5);
        PackagePurchase purchase = five.sellTo(new PurchaseId(UUID.randomUUID()), anna.id(), Seed.REQUESTED_AT).get();
        Appointment booked = seed().booked(yoga, anna, Seed.T);

        // when
        under().transactions().inTransaction(() -> {
            packages().savePackage(five.archive());
            packages().addPurchase(purchase);
            packages().cover(purchase.id(), booked.id());
            return Rejection.of(Reason.INVALID_INPUT).asLeft();
        });

        // then
        assertThat(packages().findPackage(five.id())).containsExactly(five);
        assertThat(packages().findPurchase(purchase.id())).isEmpty();
        assertThat(packages().payerOf(booked.id())).isEmpty();
    }

    @Test
    void aMissedSessionKeepsThePolicyRecordedFirstAndOtherSessionsRecordNone() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        Service yoga = seed().service(zoe, Duration.ofHours(1));
        PackagePurchase purchase = sold(defined(yoga, 5), anna, Seed.REQUESTED_AT);
        Appointment missed = seed().booked(yoga, anna, Seed.T);
        Appointment booked = seed().booked(yoga, anna, Seed.T.plus(Duration.ofHours(2)));
        Appointment unpaid = seed().booked(yoga, anna, Seed.T.plus(Duration.ofHours(4)));
        seed().write(() -> {
            packages().cover(purchase.id(), missed.id());
            packages().cover(purchase.id(), booked.id());
        });

        // when
        seed().write(() -> {
            packages().recordMissed(missed.id(), new PackagePolicy(false));
            packages().recordMissed(missed.id(), new PackagePolicy(true));
            packages().recordMissed(unpaid.id(), new PackagePolicy(false));
        });

        // then
        assertThat(packages().sessionsOf(purchase.id())).containsExactly(
                new PackageSession(missed.id(), purchase.id(), Option.some(false)),
                PackageSession.reserved(booked.id(), purchase.id()));
        assertThat(packages().payerOf(unpaid.id())).isEmpty();
    }

    @Test
    void aProviderHasTheDefaultPolicyUntilItSavesOneAndItsOwnAfterwards() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");

        // when
        seed().write(() -> packages().savePolicy(zoe.id(), new PackagePolicy(true)));
        seed().write(() -> packages().savePolicy(zoe.id(), new PackagePolicy(false)));

        // then
        assertThat(packages().policyOf(zoe.id())).isEqualTo(new PackagePolicy(false));
        assertThat(packages().policyOf(mark.id())).isEqualTo(PackagePolicy.DEFAULT);
    }

    @Test
    void aPurchasesPaymentsAreFoundInTheOrderRecorded() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        ServicePackage five = defined(seed().service(zoe, Duration.ofHours(1)), 5);
        PackagePurchase purchase = sold(five, anna, Seed.REQUESTED_AT);
        PackagePurchase other = sold(five, anna, Seed.T);
        PurchasePayment first = purchase.pay(Money.of(500_000, "RUB"), Seed.REQUESTED_AT).get();
        PurchasePayment second = purchase.pay(Money.of(100, "RUB"), Seed.REQUESTED_AT).get();

        // when
        seed().write(() -> {
            packages().addPayment(first);
            packages().addPayment(second);
        });

        // then
        assertThat(packages().paymentsOf(purchase.id())).containsExactly(first, second);
        assertThat(packages().paymentsOf(other.id())).isEmpty();
    }

    @Test
    void aPackagesValidityAndAPurchasesExpiryAreKept() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        ServicePackage month = ServicePackage.define(new PackageId(UUID.randomUUID()), seed().service(zoe, Duration.ofHours(1)), 5,
                Money.of(900_000, "RUB"), Option.some(30)).get();
        seed().write(() -> packages().savePackage(month));
        PackagePurchase purchase = month.sellTo(new PurchaseId(UUID.randomUUID()), anna.id(), Seed.REQUESTED_AT,
                ZoneId.of("Asia/Yekaterinburg")).get();

        // when
        seed().write(() -> packages().addPurchase(purchase));

        // then
        assertThat(packages().findPackage(month.id())).containsExactly(month);
        assertThat(packages().findPurchase(purchase.id())).containsExactly(purchase);
        assertThat(purchase.expiry()).isNotEmpty();
    }

    @Test
    void policiesPaymentsAndMissedSessionsOfARefusedTransactionAreNotKept() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        Service yoga = seed().service(zoe, Duration.ofHours(1));
        PackagePurchase purchase = sold(defined(yoga, 5), anna, Seed.REQUESTED_AT);
        Appointment booked = seed().booked(yoga, anna, Seed.T);
        seed().write(() -> packages().cover(purchase.id(), booked.id()));

        // when
        under().transactions().inTransaction(() -> {
            packages().savePolicy(zoe.id(), new PackagePolicy(false));
            packages().addPayment(purchase.pay(Money.of(100, "RUB"), Seed.T).get());
            packages().recordMissed(booked.id(), new PackagePolicy(false));
            return Rejection.of(Reason.INVALID_INPUT).asLeft();
        });

        // then
        assertThat(packages().policyOf(zoe.id())).isEqualTo(PackagePolicy.DEFAULT);
        assertThat(packages().paymentsOf(purchase.id())).isEmpty();
        assertThat(packages().sessionsOf(purchase.id())).containsExactly(PackageSession.reserved(booked.id(), purchase.id()));
    }
}
