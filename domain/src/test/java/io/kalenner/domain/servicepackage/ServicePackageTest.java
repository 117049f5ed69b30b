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
        assertThatThrownBy(() -> new ServicePackage(packageId(), yoga.provider(), yoga.id(), 0, yoga.price(), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServicePackage(packageId(), yoga.provider(), yoga.id(), 3, Money.of(-1, "RUB"), false))
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
    void pendingAcceptedCompletedAndMissedAppointmentsTakeASessionAndRejectedOrCancelledGiveItBack() {
        // given
        PackagePurchase purchase = bought(fiveYoga(), NOW);

        // when
        PackageStanding standing = PackageStanding.of(purchase, List.of(AppointmentStatus.PENDING, AppointmentStatus.ACCEPTED,
                AppointmentStatus.COMPLETED, AppointmentStatus.MISSED, AppointmentStatus.REJECTED, AppointmentStatus.CANCELLED));

        // then
        assertThat(standing.used()).isEqualTo(4);
        assertThat(standing.remaining()).isEqualTo(1);
        assertThat(standing.exhausted()).isFalse();
        assertThat(PackageStanding.of(purchase, List.fill(5, AppointmentStatus.COMPLETED)).exhausted()).isTrue();
    }

    @Test
    void aNewAppointmentIsPaidByTheOldestPurchaseOfItsServiceWithASessionLeft() {
        // given
        ServicePackage five = fiveYoga();
        PackagePurchase older = bought(five, NOW);
        PackagePurchase newer = bought(five, NOW.plusSeconds(60));
        PackagePurchase otherService = ServicePackage.define(packageId(),
                        new Service(new ServiceId(UUID.randomUUID()), yoga.provider(), "Massage", Duration.ofHours(1), yoga.price(), false),
                        3, yoga.price()).get()
                .sellTo(new PurchaseId(UUID.randomUUID()), client, NOW.minusSeconds(60)).get();

        // then
        assertThat(PackageStanding.toCover(List.of(new PackageStanding(newer, 0), new PackageStanding(older, 2),
                new PackageStanding(otherService, 0)), yoga.id())).containsExactly(older);
        assertThat(PackageStanding.toCover(List.of(new PackageStanding(newer, 0), new PackageStanding(older, 5)), yoga.id()))
                .containsExactly(newer);
        assertThat(PackageStanding.toCover(List.of(new PackageStanding(newer, 5), new PackageStanding(older, 5)), yoga.id())).isEmpty();
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
