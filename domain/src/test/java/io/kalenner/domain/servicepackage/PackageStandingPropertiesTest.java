package io.kalenner.domain.servicepackage;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A client's purchases cover the appointments booked one after another, some later given back:
 * whatever the order, no purchase is ever overdrawn, the sessions used and left add up to what
 * was bought, and a booking goes unpaid only when every purchase is used up.
 */
class PackageStandingPropertiesTest {

    private static final ServiceId SERVICE = new ServiceId(UUID.randomUUID());
    private static final AccountId PROVIDER = new AccountId(UUID.randomUUID());
    private static final AccountId CLIENT = new AccountId(UUID.randomUUID());

    /** One booking of the service, in the status it ends in. */
    private record Booking(Option<PurchaseId> paidBy, AppointmentStatus status) {}

    @Property
    void sessionsAreNeverOverdrawnAndAlwaysAddUp(
            @ForAll @Size(min = 1, max = 4) java.util.List<@IntRange(min = 1, max = 6) Integer> packageSizes,
            @ForAll @Size(max = 40) java.util.List<AppointmentStatus> outcomes) {
        // given: the client bought packages of these sizes, one a minute
        List<PackagePurchase> purchases = List.ofAll(packageSizes).zipWithIndex().map(sizeAt -> new PackagePurchase(
                new PurchaseId(UUID.randomUUID()), new PackageId(UUID.randomUUID()), PROVIDER, SERVICE, CLIENT, sizeAt._1,
                Money.of(100, "RUB"), Instant.parse("2030-01-01T00:00:00Z").plusSeconds(60L * sizeAt._2)));
        int bought = purchases.map(PackagePurchase::sessions).sum().intValue();

        // when: each booking is paid by the purchase toCover names, then ends in its outcome
        List<Booking> bookings = List.empty();
        for (AppointmentStatus outcome : outcomes) {
            Option<PurchaseId> paidBy = PackageStanding.toCover(standings(purchases, bookings), SERVICE).map(PackagePurchase::id);
            int free = standings(purchases, bookings).map(PackageStanding::remaining).sum().intValue();
            assertThat(paidBy.isEmpty()).isEqualTo(free == 0);
            bookings = bookings.append(new Booking(paidBy, outcome));
        }

        // then
        List<PackageStanding> end = standings(purchases, bookings);
        long holding = bookings.count(b -> b.paidBy().isDefined() && PackageStanding.takesSession(b.status()));
        assertThat(end.map(PackageStanding::used).sum().longValue()).isEqualTo(holding);
        assertThat(end.map(PackageStanding::remaining).sum().longValue() + holding).isEqualTo(bought);
        assertThat(end).allSatisfy(s -> assertThat(s.remaining()).isBetween(0, s.purchase().sessions()));
    }

    private static List<PackageStanding> standings(List<PackagePurchase> purchases, List<Booking> bookings) {
        return purchases.map(p -> PackageStanding.of(p, bookings.filter(b -> b.paidBy().contains(p.id())).map(Booking::status)));
    }
}
