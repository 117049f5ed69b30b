package io.kalenner.application.port;

import static io.kalenner.application.port.Seed.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kalenner.application.Race;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What every {@link AppointmentRepository} promises. Times are half-open ranges {@code [start, end)}. */
public abstract class AppointmentRepositoryContract extends PortContract {

    private static final Duration HOUR = Duration.ofHours(1);

    private AppointmentRepository appointments() {
        return under().appointments();
    }

    private static Instant at(long minutesFromT) {
        return T.plus(Duration.ofMinutes(minutesFromT));
    }

    @Test
    void addIfFreeStoresTheAppointmentWithEveryField() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        Appointment request = Seed.request(seed().service(zoe, HOUR), anna, T);

        // when
        Either<Rejection, Appointment> added = seed().add(request);

        // then
        assertThat(added).isEqualTo(Either.right(request));
        assertThat(appointments().findById(request.id())).containsExactly(request);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(appointments().findById(new AppointmentId(UUID.randomUUID()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = AppointmentStatus.class, names = {"PENDING", "ACCEPTED"})
    void refusesAnOverlapWithAnAppointmentHoldingTheTime(AppointmentStatus holding) {
        // given
        Account zoe = seed().specialist("Zoe");
        Service hour = seed().service(zoe, HOUR);
        seed().moved(seed().booked(hour, seed().client("First"), T), holding);
        Appointment second = Seed.request(hour, seed().client("Second"), at(30));

        // when
        Either<Rejection, Appointment> added = seed().add(second);

        // then
        assertThat(added.getLeft().reason()).isEqualTo(Reason.SLOT_TAKEN);
        assertThat(appointments().findById(second.id())).isEmpty();
    }

    @ParameterizedTest(name = "[{0} min, +{1} min) against [0, 60 min)")
    @CsvSource({
        "0, 60",    // the same time
        "-30, 60",  // ends inside
        "30, 60",   // starts inside
        "-30, 120", // around it
        "15, 30",   // within it
        "59, 1",    // its last minute
        "-1, 2"     // across its start
    })
    void refusesEveryKindOfOverlap(long startMinutes, long lengthMinutes) {
        // given
        Account zoe = seed().specialist("Zoe");
        seed().booked(seed().service(zoe, HOUR), seed().client("First"), T);
        Appointment other = Seed.request(seed().service(zoe, Duration.ofMinutes(lengthMinutes)), seed().client("Second"), at(startMinutes));

        // when
        Either<Rejection, Appointment> added = seed().add(other);

        // then
        assertThat(added.getLeft().reason()).isEqualTo(Reason.SLOT_TAKEN);
    }

    @Test
    void allowsAppointmentsBackToBack() {
        // given
        Account zoe = seed().specialist("Zoe");
        Service hour = seed().service(zoe, HOUR);
        seed().booked(hour, seed().client("Middle"), T);

        // when
        Either<Rejection, Appointment> before = seed().add(Seed.request(hour, seed().client("Before"), at(-60)));
        Either<Rejection, Appointment> after = seed().add(Seed.request(hour, seed().client("After"), at(60)));

        // then
        assertThat(before.isRight()).isTrue();
        assertThat(after.isRight()).isTrue();
    }

    @ParameterizedTest(name = "starting at {0} min against [0, 60 min) with 15 min of buffer")
    @CsvSource({"-74", "74", "60", "-60"})
    void refusesAnAppointmentWithinTheBufferOfOneHoldingTheTime(long startMinutes) {
        // given
        Account zoe = seed().specialist("Zoe");
        Service hour = seed().service(zoe, HOUR);
        seed().booked(hour, seed().client("First"), T);
        Appointment close = Seed.request(hour, seed().client("Second"), at(startMinutes));

        // when
        Either<Rejection, Appointment> added = under().transactions().inTransaction(() -> appointments().addIfFree(close, Duration.ofMinutes(15)));

        // then
        assertThat(added.getLeft().reason()).isEqualTo(Reason.SLOT_TAKEN);
        assertThat(appointments().findById(close.id())).isEmpty();
    }

    @Test
    void allowsAnAppointmentExactlyTheBufferAway() {
        // given
        Account zoe = seed().specialist("Zoe");
        Service hour = seed().service(zoe, HOUR);
        seed().booked(hour, seed().client("Middle"), T);
        Duration buffer = Duration.ofMinutes(15);

        // when
        Either<Rejection, Appointment> before = under().transactions()
                .inTransaction(() -> appointments().addIfFree(Seed.request(hour, seed().client("Before"), at(-75)), buffer));
        Either<Rejection, Appointment> after = under().transactions()
                .inTransaction(() -> appointments().addIfFree(Seed.request(hour, seed().client("After"), at(75)), buffer));

        // then
        assertThat(before.isRight()).isTrue();
        assertThat(after.isRight()).isTrue();
    }

    @Test
    void allowsTheSameTimeWithAnotherSpecialist() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        Account anna = seed().client("Anna");
        seed().booked(seed().service(zoe, HOUR), anna, T);

        // when
        Either<Rejection, Appointment> added = seed().add(Seed.request(seed().service(mark, HOUR), anna, T));

        // then
        assertThat(added.isRight()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = AppointmentStatus.class, names = {"CANCELLED", "REJECTED", "COMPLETED", "MISSED"})
    void allowsTheTimeOfAnAppointmentThatNoLongerHoldsIt(AppointmentStatus released) {
        // given
        Account zoe = seed().specialist("Zoe");
        Service hour = seed().service(zoe, HOUR);
        seed().moved(seed().booked(hour, seed().client("First"), T), released);

        // when
        Either<Rejection, Appointment> added = seed().add(Seed.request(hour, seed().client("Second"), T));

        // then
        assertThat(added.isRight()).isTrue();
    }

    @Test
    void ofOverlappingRequestsRacingExactlyOneIsStored() {
        // given
        int racers = 12;
        Account zoe = seed().specialist("Zoe");
        Service hour = seed().service(zoe, HOUR);
        List<Appointment> requests = List.range(0, racers)
                .map(i -> Seed.request(hour, seed().client("Client " + i), at(i % 3 * 20)));

        // when
        List<Either<Rejection, Appointment>> answers = List.ofAll(Race.of(racers, i -> seed().add(requests.get(i))));

        // then
        assertThat(answers.filter(Either::isRight)).hasSize(1);
        assertThat(answers.filter(Either::isLeft).map(answer -> answer.getLeft().reason())).hasSize(racers - 1).containsOnly(Reason.SLOT_TAKEN);
        assertThat(appointments().busyTimes(zoe.id(), new TimeRange(at(-120), at(180)))).hasSize(1);
    }

    @Test
    void updateReplacesStatusReasonAndPayments() {
        // given
        Account zoe = seed().specialist("Zoe");
        Appointment pending = seed().booked(seed().service(zoe, HOUR), seed().client("Anna"), T);
        Appointment changed = pending.accept(Seed.REQUESTED_AT).get()
                .recordPayment(Money.of(100_000, "RUB"))
                .cancel(Option.some("ill"), Seed.REQUESTED_AT).get();

        // when
        seed().write(() -> appointments().update(changed));

        // then
        Appointment stored = appointments().findById(pending.id()).get();
        assertThat(stored).isEqualTo(changed);
        assertThat(stored.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(stored.reason()).containsExactly("ill");
        assertThat(stored.balance()).isEqualTo(Money.of(150_000, "RUB"));
    }

    @Test
    void findForUpdateReadsTheAppointmentInATransaction() {
        // given
        Account zoe = seed().specialist("Zoe");
        Appointment pending = seed().booked(seed().service(zoe, HOUR), seed().client("Anna"), T);

        // when
        Option<Appointment> found = seed().committed(() -> appointments().findForUpdate(pending.id()));
        Option<Appointment> unknown = seed().committed(() -> appointments().findForUpdate(new AppointmentId(UUID.randomUUID())));

        // then
        assertThat(found).containsExactly(pending);
        assertThat(unknown).isEmpty();
    }

    @Test
    void findForUpdateKeepsOtherTransactionsFromChangingItUntilTheFirstEnds() throws Exception {
        // given
        Account zoe = seed().specialist("Zoe");
        Appointment pending = seed().booked(seed().service(zoe, HOUR), seed().client("Anna"), T);
        CountDownLatch providerHoldsIt = new CountDownLatch(1);
        CountDownLatch providerMayFinish = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // when the provider's transaction reads it for update and accepts it, slowly
            CompletableFuture<Appointment> provider = CompletableFuture.supplyAsync(() -> seed().committed(() -> {
                Appointment held = appointments().findForUpdate(pending.id()).get();
                providerHoldsIt.countDown();
                awaitQuietly(providerMayFinish);
                Appointment accepted = held.accept(Seed.REQUESTED_AT).get();
                appointments().update(accepted);
                return accepted;
            }), threads);
            assertThat(providerHoldsIt.await(10, TimeUnit.SECONDS)).isTrue();
            // and meanwhile a second transaction (the provider's other device) reads it for update to accept it too
            CompletableFuture<Either<Rejection, Appointment>> second = CompletableFuture.supplyAsync(() -> under().transactions()
                    .inTransaction(() -> appointments().findForUpdate(pending.id()).get()
                            .accept(Seed.REQUESTED_AT)
                            .peek(appointments()::update)), threads);

            // then the second waits for the first
            await("the second transaction to wait for the first")
                    .during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                    .until(() -> !second.isDone());
            providerMayFinish.countDown();
            Appointment accepted = provider.get(10, TimeUnit.SECONDS);
            // and reads the Accepted appointment, so it cannot accept it again
            assertThat(second.get(10, TimeUnit.SECONDS).getLeft().reason()).isEqualTo(Reason.MOVE_NOT_ALLOWED);
            assertThat(appointments().findById(pending.id())).containsExactly(accepted);
        } finally {
            providerMayFinish.countDown();
            threads.shutdownNow();
        }
    }

    @Test
    void busyTimesAreThePendingAndAcceptedTimesOfTheSpecialistOverlappingTheWindow() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        Account anna = seed().client("Anna");
        Service hour = seed().service(zoe, HOUR);
        TimeRange window = new TimeRange(at(0), at(300));
        Appointment acrossTheStart = seed().booked(seed().service(zoe, Duration.ofMinutes(30)), anna, at(-15));
        Appointment pending = seed().booked(hour, anna, at(60));
        Appointment accepted = seed().moved(seed().booked(hour, anna, at(120)), AppointmentStatus.ACCEPTED);
        seed().moved(seed().booked(hour, anna, at(180)), AppointmentStatus.CANCELLED);
        seed().moved(seed().booked(hour, anna, at(180)), AppointmentStatus.REJECTED);
        Appointment acrossTheEnd = seed().booked(hour, anna, at(270));
        seed().booked(hour, anna, at(400));
        seed().booked(seed().service(mark, HOUR), anna, at(60));

        // when
        List<TimeRange> busy = appointments().busyTimes(zoe.id(), window);

        // then
        assertThat(busy).containsExactlyInAnyOrder(acrossTheStart.time(), pending.time(), accepted.time(), acrossTheEnd.time());
    }

    @Test
    void busyTimesLeaveOutAppointmentsThatOnlyTouchTheWindow() {
        // given an appointment [60, 120)
        Account zoe = seed().specialist("Zoe");
        Appointment booked = seed().booked(seed().service(zoe, HOUR), seed().client("Anna"), at(60));

        // then
        assertThat(appointments().busyTimes(zoe.id(), new TimeRange(at(0), at(60)))).isEmpty();
        assertThat(appointments().busyTimes(zoe.id(), new TimeRange(at(120), at(180)))).isEmpty();
        assertThat(appointments().busyTimes(zoe.id(), new TimeRange(at(0), at(61)))).containsExactly(booked.time());
        assertThat(appointments().busyTimes(zoe.id(), new TimeRange(at(119), at(180)))).containsExactly(booked.time());
    }

    @Test
    void holdingTimeOfClientEndingAfterListsTheClientsPendingAndAcceptedAppointmentsNotEndedYetSoonestFirst() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        Account anna = seed().client("Anna");
        Account other = seed().client("Other");
        Service hour = seed().service(zoe, HOUR);
        Instant from = at(0);
        seed().booked(hour, anna, at(-120));                                  // ended before
        seed().booked(hour, anna, at(-60));                                   // ends exactly at from
        Appointment inProgress = seed().booked(seed().service(mark, HOUR), anna, at(-30));
        Appointment later = seed().booked(hour, anna, at(600));
        Appointment sooner = seed().booked(hour, anna, at(120));
        Appointment soonest = seed().moved(seed().booked(hour, anna, at(0)), AppointmentStatus.ACCEPTED);
        seed().booked(hour, other, at(60));                                   // another client's
        seed().moved(seed().booked(hour, anna, at(240)), AppointmentStatus.CANCELLED);
        seed().moved(seed().booked(hour, anna, at(300)), AppointmentStatus.REJECTED);

        // when
        List<Appointment> upcoming = appointments().holdingTimeOfClientEndingAfter(anna.id(), from);

        // then
        assertThat(upcoming).containsExactly(inProgress, soonest, sooner, later);
    }

    @Test
    void bearingOnBalanceOfClientListsTheClientsOwedAndPaidAppointmentsWithTheProviderSoonestFirst() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        Account anna = seed().client("Anna");
        Service hour = seed().service(zoe, HOUR);
        Appointment missed = seed().moved(seed().booked(hour, anna, at(-300)), AppointmentStatus.MISSED);
        Appointment completed = seed().moved(seed().booked(hour, anna, at(-180)), AppointmentStatus.COMPLETED);
        Appointment accepted = seed().moved(seed().booked(hour, anna, at(120)), AppointmentStatus.ACCEPTED);
        seed().booked(hour, anna, at(240));                                                        // pending, unpaid
        seed().moved(seed().booked(hour, anna, at(360)), AppointmentStatus.CANCELLED);             // unpaid
        seed().moved(seed().booked(hour, anna, at(480)), AppointmentStatus.REJECTED);              // unpaid
        Appointment cancelledButPaid = seed().booked(hour, anna, at(600)).recordPayment(Money.of(30_000, "RUB"))
                .cancel(Option.none(), Seed.REQUESTED_AT).get();
        seed().write(() -> appointments().update(cancelledButPaid));
        seed().moved(seed().booked(seed().service(mark, HOUR), anna, at(0)), AppointmentStatus.ACCEPTED); // another provider's
        seed().moved(seed().booked(hour, seed().client("Other"), at(0)), AppointmentStatus.ACCEPTED);     // another client's

        // when
        List<Appointment> bearing = appointments().bearingOnBalanceOfClient(anna.id(), zoe.id());

        // then
        assertThat(bearing).containsExactly(missed, completed, accepted, cancelledButPaid);
    }

    @Test
    void ofClientEndedByListsTheClientsEndedAppointmentsMostRecentFirst() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        Account anna = seed().client("Anna");
        Account other = seed().client("Other");
        Service hour = seed().service(zoe, HOUR);
        Instant until = at(0);
        Appointment longAgo = seed().moved(seed().booked(hour, anna, at(-600)), AppointmentStatus.COMPLETED);
        Appointment rejected = seed().moved(seed().booked(seed().service(mark, HOUR), anna, at(-300)), AppointmentStatus.REJECTED);
        Appointment endsExactlyAtUntil = seed().moved(seed().booked(hour, anna, at(-60)), AppointmentStatus.MISSED);
        seed().booked(hour, anna, at(-30));                                   // in progress
        seed().booked(hour, anna, at(120));                                   // to come
        seed().booked(hour, other, at(-180));                                 // another client's

        // when
        List<Appointment> past = appointments().ofClientEndedBy(anna.id(), until);

        // then
        assertThat(past).containsExactly(endsExactlyAtUntil, rejected, longAgo);
    }

    @Test
    void ofClientEndedByIsEmptyForAClientWithoutAppointments() {
        assertThat(appointments().ofClientEndedBy(seed().client("Anna").id(), at(0))).isEmpty();
    }

    @Test
    void ofClientListsEveryAppointmentOfTheClientSoonestFirst() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        Account anna = seed().client("Anna");
        Service hour = seed().service(zoe, HOUR);
        Appointment longAgo = seed().moved(seed().booked(hour, anna, at(-600)), AppointmentStatus.COMPLETED);
        Appointment rejected = seed().moved(seed().booked(seed().service(mark, HOUR), anna, at(-300)), AppointmentStatus.REJECTED);
        Appointment inProgress = seed().booked(hour, anna, at(-30));
        Appointment toCome = seed().booked(hour, anna, at(120));
        seed().booked(hour, seed().client("Other"), at(60));                   // another client's

        // when
        List<Appointment> all = appointments().ofClient(anna.id());

        // then
        assertThat(all).containsExactly(longAgo, rejected, inProgress, toCome);
        assertThat(appointments().ofClient(seed().client("Bob").id())).isEmpty();
    }

    @Test
    void ofProviderSideListsTheSpecialistsOwnAppointmentsInTheStatusSoonestFirst() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        Account anna = seed().client("Anna");
        Service hour = seed().service(zoe, HOUR);
        Appointment later = seed().booked(hour, anna, at(300));
        Appointment sooner = seed().booked(hour, seed().client("Bob"), at(60));
        Appointment alreadyStarted = seed().booked(hour, anna, at(-30));
        seed().moved(seed().booked(hour, anna, at(120)), AppointmentStatus.ACCEPTED);
        seed().moved(seed().booked(hour, anna, at(180)), AppointmentStatus.REJECTED);
        seed().booked(seed().service(mark, HOUR), anna, at(60));               // another specialist's

        // when
        List<Appointment> pending = appointments().ofProviderSide(zoe.id(), AppointmentStatus.PENDING);

        // then
        assertThat(pending).containsExactly(alreadyStarted, sooner, later);
    }

    @Test
    void ofProviderSideSelectsByStatus() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        Service hour = seed().service(zoe, HOUR);
        seed().booked(hour, anna, at(0));
        Appointment accepted = seed().moved(seed().booked(hour, anna, at(60)), AppointmentStatus.ACCEPTED);
        Appointment completed = seed().moved(seed().booked(hour, anna, at(120)), AppointmentStatus.COMPLETED);

        // then
        assertThat(appointments().ofProviderSide(zoe.id(), AppointmentStatus.ACCEPTED)).containsExactly(accepted);
        assertThat(appointments().ofProviderSide(zoe.id(), AppointmentStatus.COMPLETED)).containsExactly(completed);
        assertThat(appointments().ofProviderSide(zoe.id(), AppointmentStatus.CANCELLED)).isEmpty();
    }

    @Test
    void ofProviderSideShowsAnOrganizationAllItsAppointmentsAndAMemberOnlyThoseItPerforms() {
        // given
        Account clinic = seed().organization("Clinic");
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        Account anna = seed().client("Anna");
        Service clinicHour = seed().service(clinic, HOUR);
        Appointment byZoe = seed().booked(clinicHour, zoe, anna, at(60));
        Appointment byMark = seed().booked(clinicHour, mark, anna, at(0));
        Appointment zoesOwn = seed().booked(seed().service(zoe, HOUR), anna, at(120));

        // then
        assertThat(appointments().ofProviderSide(clinic.id(), AppointmentStatus.PENDING)).containsExactly(byMark, byZoe);
        assertThat(appointments().ofProviderSide(zoe.id(), AppointmentStatus.PENDING)).containsExactly(byZoe, zoesOwn);
        assertThat(appointments().ofProviderSide(mark.id(), AppointmentStatus.PENDING)).containsExactly(byMark);
        assertThat(appointments().ofProviderSide(anna.id(), AppointmentStatus.PENDING)).isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Test
    void acceptedStartingBetweenFindsTheAcceptedOnesStartingAfterTheFirstInstantAndByTheSecondSoonestFirst() {
        // given
        Account zoe = seed().specialist("Zoe");
        Service hour = seed().service(zoe, HOUR);
        seed().moved(seed().booked(hour, seed().client("At the first instant"), T), AppointmentStatus.ACCEPTED);
        Appointment atTheSecond = seed().moved(seed().booked(hour, seed().client("At the second"), at(180)), AppointmentStatus.ACCEPTED);
        Appointment inside = seed().moved(seed().booked(hour, seed().client("Inside"), at(60)), AppointmentStatus.ACCEPTED);
        seed().booked(hour, seed().client("Pending"), at(120));
        seed().moved(seed().booked(hour, seed().client("Later"), at(240)), AppointmentStatus.ACCEPTED);

        // when: other tests' appointments may share the store, so only Zoe's are looked at
        List<Appointment> found = appointments().acceptedStartingBetween(T, at(180)).filter(a -> a.specialist().equals(zoe.id()));

        // then
        assertThat(found).containsExactly(inside, atTheSecond);
    }
}
