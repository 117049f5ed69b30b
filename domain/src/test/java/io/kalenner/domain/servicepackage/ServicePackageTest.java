package io.kalenner.domain.servicepackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServicePackageTest {

    private static final Instant NOW = Instant.parse("2030-01-07T06:00:00Z");
    private final AccountId client = new AccountId(UUID.randomUUID());
    private final Service yoga = new Service(new ServiceId(UUID.randomUUID()), new AccountId(UUID.randomUUID()), "Yoga",
            Duration.ofHours(1), Money.of(250_000, "RUB"), false);

    private static PackageId packageId() {
        return new PackageId(UUID.randomUUID());
    }

    private ServicePackage fiveYoga() {
        return ServicePackage.define(packageId(), yoga, 5, Money.of(1_000_000, "RUB")).get();
    }

    private PackagePurchase bought(ServicePackage servicePackage, Instant at) {
        return servicePackage.sellTo(new PurchaseId(UUID.randomUUID()), client, at).get();
    }

    @Test
    void aPackageIsDefinedForTheServicesProviderWithItsSessionsAndPrice() {
        ServicePackage defined = fiveYoga();

        assertThat(defined.provider()).isEqualTo(yoga.provider());
        assertThat(defined.service()).isEqualTo(yoga.id());
        assertThat(defined.sessions()).isEqualTo(5);
        assertThat(defined.price()).isEqualTo(Money.of(1_000_000, "RUB"));
        assertThat(defined.archived()).isFalse();
    }

    @Test
    void aPackageHoldsOneToAHundredSessionsAndOtherCountsAreRefused() {
        Money price = Money.of(100, "RUB");

        assertThat(ServicePackage.define(packageId(), yoga, 1, price).isRight()).isTrue();
        assertThat(ServicePackage.define(packageId(), yoga, 100, price).isRight()).isTrue();
        assertThat(ServicePackage.define(packageId(), yoga, 0, price).getLeft())
                .isEqualTo(Rejection.of(Reason.SESSIONS_OUT_OF_RANGE, "1-100"));
        assertThat(ServicePackage.define(packageId(), yoga, 101, price).getLeft().reason()).isEqualTo(Reason.SESSIONS_OUT_OF_RANGE);
        assertThat(ServicePackage.define(packageId(), yoga, -5, price).getLeft().reason()).isEqualTo(Reason.SESSIONS_OUT_OF_RANGE);
    }

    @Test
    void aNegativePriceIsRefusedAndAFreePackageIsAllowed() {
        assertThat(ServicePackage.define(packageId(), yoga, 5, Money.of(-500, "RUB")).getLeft().reason()).isEqualTo(Reason.NEGATIVE_PRICE);
        assertThat(ServicePackage.define(packageId(), yoga, 5, Money.zero(yoga.price().currency())).isRight()).isTrue();
    }

    @Test
    void aPackageOfAnArchivedServiceIsRefused() {
        assertThat(ServicePackage.define(packageId(), yoga.archive(), 5, yoga.price()).getLeft().reason()).isEqualTo(Reason.SERVICE_ARCHIVED);
    }

    @Test
    void aPackageThatBreaksTheRulesCannotBeMadeAtAll() {
        assertThatThrownBy(() -> new ServicePackage(packageId(), yoga.provider(), yoga.id(), 0, yoga.price(), false, Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServicePackage(packageId(), yoga.provider(), yoga.id(), 3, Money.of(-1, "RUB"), false, Option.none()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPurchaseCopiesTheSessionsAndPriceOfThePackageAndAnArchivedOneIsNotSold() {
        // given
        ServicePackage five = fiveYoga();

        // when
        PackagePurchase purchase = bought(five, NOW);

        // then
        assertThat(purchase.sessions()).isEqualTo(5);
        assertThat(purchase.price()).isEqualTo(five.price());
        assertThat(purchase.client()).isEqualTo(client);
        assertThat(purchase.provider()).isEqualTo(yoga.provider());
        assertThat(purchase.purchasedAt()).isEqualTo(NOW);
        assertThat(five.archive().sellTo(new PurchaseId(UUID.randomUUID()), client, NOW).getLeft().reason())
                .isEqualTo(Reason.PACKAGE_ARCHIVED);
    }

    @Test
    void pendingAndAcceptedBookASessionCompletedUsesItAndRejectedOrCancelledGiveItBack() {
        // given
        PackagePurchase purchase = bought(fiveYoga(), NOW);

        // when
        PackageStanding standing = standing(purchase, AppointmentStatus.PENDING, AppointmentStatus.ACCEPTED,
                AppointmentStatus.COMPLETED, AppointmentStatus.REJECTED, AppointmentStatus.CANCELLED);

        // then
        assertThat(standing.used()).isEqualTo(1);
        assertThat(standing.booked()).isEqualTo(2);
        assertThat(standing.remaining()).isEqualTo(2);
        assertThat(standing.exhausted()).isFalse();
        assertThat(standing(purchase, List.fill(5, AppointmentStatus.COMPLETED).toJavaArray(AppointmentStatus[]::new)).exhausted()).isTrue();
    }

    @Test
    void aMissedAppointmentUsesItsSessionOrGivesItBackAsThePolicySaidWhenItWasMarked() {
        // given
        PackageSession session = PackageSession.reserved(new AppointmentId(UUID.randomUUID()), new PurchaseId(UUID.randomUUID()));

        // when
        PackageSession usesIt = session.missed(new PackagePolicy(true));
        PackageSession givesItBack = session.missed(new PackagePolicy(false));

        // then
        assertThat(usesIt.use(AppointmentStatus.MISSED)).isEqualTo(SessionUse.USED);
        assertThat(givesItBack.use(AppointmentStatus.MISSED)).isEqualTo(SessionUse.GIVEN_BACK);
        assertThat(givesItBack.missed(new PackagePolicy(true))).isEqualTo(givesItBack);
        assertThat(session.use(AppointmentStatus.MISSED)).as("a Missed one from before the policy (D50)").isEqualTo(SessionUse.USED);
        assertThat(PackagePolicy.DEFAULT.missedUsesSession()).isTrue();
    }

    @Test
    void aPurchaseOwesItsPriceLessWhatWasPaidAndAPaymentMustBeMoreThanZeroInItsCurrency() {
        // given
        PackagePurchase purchase = bought(fiveYoga(), NOW);

        // when
        PurchasePayment part = purchase.pay(Money.of(400_000, "RUB"), NOW).get();
        PurchasePayment more = purchase.pay(Money.of(700_000, "RUB"), NOW).get();

        // then
        assertThat(PackageStanding.of(purchase, List.empty(), List.of(part)).balance()).isEqualTo(Money.of(600_000, "RUB"));
        assertThat(PackageStanding.of(purchase, List.empty(), List.of(part, more)).balance()).isEqualTo(Money.of(-100_000, "RUB"));
        assertThat(PackageStanding.of(purchase, List.empty(), List.empty()).balance()).isEqualTo(purchase.price());
        assertThat(purchase.pay(Money.of(0, "RUB"), NOW).getLeft()).isEqualTo(Rejection.of(Reason.INVALID_INPUT, "amount"));
        assertThat(purchase.pay(Money.of(-500, "RUB"), NOW).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(purchase.pay(Money.of(500, "EUR"), NOW).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
    }

    @Test
    void aPurchaseExpiresAtTheEndOfItsLastDayOnTheProvidersCalendar() {
        // given a package valid 30 days, bought at 23:30 on 6 January in Moscow (20:30 UTC)
        ServicePackage thirtyDays = ServicePackage.define(packageId(), yoga, 5, yoga.price(), Option.some(30)).get();
        Instant lateEvening = Instant.parse("2030-01-06T20:30:00Z");

        // when
        PackagePurchase purchase = thirtyDays.sellTo(new PurchaseId(UUID.randomUUID()), client, lateEvening,
                java.time.ZoneId.of("Europe/Moscow")).get();

        // then it is valid through 5 February, Moscow time
        Expiry expiry = purchase.expiry().get();
        assertThat(expiry.lastDay()).isEqualTo(java.time.LocalDate.parse("2030-02-05"));
        assertThat(expiry.endsAt()).isEqualTo(Instant.parse("2030-02-05T21:00:00Z"));
        assertThat(purchase.expiredAt(Instant.parse("2030-02-05T20:59:59Z"))).isFalse();
        assertThat(purchase.expiredAt(Instant.parse("2030-02-05T21:00:00Z"))).isTrue();
        assertThat(bought(fiveYoga(), NOW).expiredAt(NOW.plus(Duration.ofDays(100_000)))).isFalse();
    }

    @Test
    void aValidityIsOneToThreeThousandSixHundredFiftyDaysOrNone() {
        assertThat(ServicePackage.define(packageId(), yoga, 5, yoga.price(), Option.some(1)).isRight()).isTrue();
        assertThat(ServicePackage.define(packageId(), yoga, 5, yoga.price(), Option.some(3650)).isRight()).isTrue();
        assertThat(ServicePackage.define(packageId(), yoga, 5, yoga.price(), Option.some(0)).getLeft())
                .isEqualTo(Rejection.of(Reason.INVALID_INPUT, "validity"));
        assertThat(ServicePackage.define(packageId(), yoga, 5, yoga.price(), Option.some(3651)).getLeft().reason())
                .isEqualTo(Reason.INVALID_INPUT);
        assertThat(fiveYoga().validityDays()).isEmpty();
    }

    @Test
    void anExpiredPurchaseCoversNoAppointmentStartingAfterItsEndButAnEarlierOne() {
        // given
        ServicePackage weekLong = ServicePackage.define(packageId(), yoga, 5, yoga.price(), Option.some(7)).get();
        PackagePurchase purchase = weekLong.sellTo(new PurchaseId(UUID.randomUUID()), client, NOW).get();
        List<PackageStanding> standings = List.of(standing(purchase));
        Instant end = purchase.expiry().get().endsAt();

        // then
        assertThat(PackageStanding.toCover(standings, yoga.id(), end.minusSeconds(3600))).containsExactly(purchase);
        assertThat(PackageStanding.toCover(standings, yoga.id(), end)).isEmpty();
    }

    private static PackageStanding standing(PackagePurchase purchase, AppointmentStatus... statuses) {
        return PackageStanding.of(purchase, List.of(statuses).map(status -> PackageSession.reserved(
                new AppointmentId(UUID.randomUUID()), purchase.id()).use(status)), List.empty());
    }

    private static PackageStanding usedUp(PackagePurchase purchase, int used) {
        return standing(purchase, List.fill(used, AppointmentStatus.COMPLETED).toJavaArray(AppointmentStatus[]::new));
    }

    @Test
    void aPrepaidAppointmentCostsNothingAndLeavesNoBalance() {
        // given
        Appointment request = Appointment.request(new AppointmentId(UUID.randomUUID()), yoga, yoga.provider(), client,
                NOW.plus(Duration.ofDays(1)), NOW);

        // when
        Appointment prepaid = request.prepaid();

        // then
        assertThat(prepaid.price()).isEqualTo(Money.zero(yoga.price().currency()));
        assertThat(prepaid.balance()).isEqualTo(Money.zero(yoga.price().currency()));
        assertThat(prepaid.id()).isEqualTo(request.id());
        assertThat(prepaid.time()).isEqualTo(request.time());
    }
}
