package io.kalenner.domain.servicepackage;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.From;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * A client's purchases cover appointments requested one after another; each appointment then moves
 * through its statuses while the provider switches its Missed policy now and then. Whatever the
 * order: no purchase is overdrawn, used, booked and left always add up to what was bought, a
 * policy change never changes what an earlier Missed appointment did, and an expired purchase
 * never pays for a new request.
 */
class PackageStandingPropertiesTest {

    private static final ServiceId SERVICE = new ServiceId(UUID.randomUUID());
    private static final AccountId PROVIDER = new AccountId(UUID.randomUUID());
    private static final AccountId CLIENT = new AccountId(UUID.randomUUID());
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

    /** A step of the story: a new request, a move of the n-th appointment, or a policy switch. */
    private record Step(int kind, int which, AppointmentStatus target, boolean policy) {}

    /** One appointment the client requested: its status and, when a purchase pays, its session. */
    private record Booking(AppointmentStatus status, Option<PackageSession> session) {}

    @Provide
    Arbitrary<Step> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 30),
                Arbitraries.of(AppointmentStatus.class), Arbitraries.of(true, false)).as(Step::new);
    }

    @Property
    void remainingIsNeverNegativeAndAlwaysSessionsLessUsedAndBooked(
            @ForAll @Size(min = 1, max = 4) java.util.List<@IntRange(min = 1, max = 6) Integer> packageSizes,
            @ForAll @Size(max = 60) java.util.List<@From("steps") Step> story) {
        // given the client bought packages of these sizes, one a minute
        List<PackagePurchase> purchases = purchases(packageSizes, Option.none());
        int bought = purchases.map(PackagePurchase::sessions).sum().intValue();
        PackagePolicy policy = PackagePolicy.DEFAULT;
        List<Booking> bookings = List.empty();

        for (Step step : story) {
            List<PackageStanding> before = standings(purchases, bookings);
            // when
            switch (step.kind()) {
                case 0 -> {
                    Option<PackagePurchase> payer = PackageStanding.toCover(before, SERVICE, START);
                    int free = before.map(PackageStanding::remaining).sum().intValue();
                    assertThat(payer.isEmpty()).as("unpaid only when nothing is left").isEqualTo(free == 0);
                    bookings = bookings.append(new Booking(AppointmentStatus.PENDING,
                            payer.map(p -> PackageSession.reserved(new AppointmentId(UUID.randomUUID()), p.id()))));
                }
                case 1 -> {
                    if (!bookings.isEmpty()) {
                        int i = step.which() % bookings.size();
                        Booking b = bookings.get(i);
                        if (b.status().canMoveTo(step.target())) {
                            PackagePolicy now = policy;
                            bookings = bookings.update(i, new Booking(step.target(), step.target() == AppointmentStatus.MISSED
                                    ? b.session().map(s -> s.missed(now)) : b.session()));
                        }
                    }
                }
                default -> {
                    policy = new PackagePolicy(step.policy());
                    assertThat(standings(purchases, bookings)).as("a policy change changes no past Missed").isEqualTo(before);
                }
            }

            // then
            List<PackageStanding> after = standings(purchases, bookings);
            for (PackageStanding s : after) {
                List<Booking> paid = bookings.filter(b -> b.session().exists(x -> x.purchase().equals(s.purchase().id())));
                int used = paid.count(b -> b.status() == AppointmentStatus.COMPLETED
                        || b.status() == AppointmentStatus.MISSED && b.session().get().missedUsesSession().get());
                int booked = paid.count(b -> b.status().holdsTime());
                assertThat(s.used()).isEqualTo(used);
                assertThat(s.booked()).isEqualTo(booked);
                assertThat(s.remaining()).isEqualTo(s.purchase().sessions() - used - booked).isNotNegative();
            }
            assertThat(after.map(s -> s.remaining() + s.used() + s.booked()).sum().intValue()).isEqualTo(bought);
        }
    }

    @Property
    void anExpiredPurchaseNeverCoversANewRequest(
            @ForAll @Size(min = 1, max = 4) java.util.List<@IntRange(min = 1, max = 3) Integer> packageSizes,
            @ForAll @IntRange(min = 1, max = 30) int validityDays,
            @ForAll @Size(max = 30) java.util.List<@IntRange(min = 0, max = 60 * 24) Integer> startsInHours) {
        List<PackagePurchase> purchases = purchases(packageSizes, Option.some(validityDays));
        List<Booking> bookings = List.empty();
        for (int hours : startsInHours) {
            Instant start = START.plus(Duration.ofHours(hours));
            Option<PackagePurchase> payer = PackageStanding.toCover(standings(purchases, bookings), SERVICE, start);
            assertThat(payer).allSatisfy(p -> assertThat(p.expiredAt(start)).isFalse());
            assertThat(payer.isEmpty()).isEqualTo(standings(purchases, bookings).forAll(s -> !s.coversStartAt(start)));
            bookings = bookings.append(new Booking(AppointmentStatus.PENDING,
                    payer.map(p -> PackageSession.reserved(new AppointmentId(UUID.randomUUID()), p.id()))));
        }
    }

    private static List<PackagePurchase> purchases(java.util.List<Integer> sizes, Option<Integer> validity) {
        return List.ofAll(sizes).zipWithIndex().map(sizeAt -> new PackagePurchase(new PurchaseId(UUID.randomUUID()),
                new PackageId(UUID.randomUUID()), PROVIDER, SERVICE, CLIENT, sizeAt._1, Money.of(100, "RUB"),
                START.plusSeconds(60L * sizeAt._2),
                validity.map(days -> Expiry.after(START.plusSeconds(60L * sizeAt._2), days, ZoneOffset.UTC))));
    }

    private static List<PackageStanding> standings(List<PackagePurchase> purchases, List<Booking> bookings) {
        return purchases.map(p -> PackageStanding.of(p, bookings.flatMap(b -> b.session()
                .filter(s -> s.purchase().equals(p.id())).map(s -> s.use(b.status()))), List.empty()));
    }
}
