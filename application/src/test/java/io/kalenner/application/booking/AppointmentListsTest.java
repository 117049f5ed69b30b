package io.kalenner.application.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lists of appointments: a client's past ones, and the provider dashboard's Requests and
 * Client appointments, each for the people allowed to see them.
 */
class AppointmentListsTest {

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final Account anna = world.clientOf(zoe, "Anna");
    private final Account bob = world.clientOf(zoe, "Bob");

    /** 2030-01-08 (Tuesday) plus {@code days}, at the hour in Moscow time. */
    private static Instant at(int days, int hour) {
        return Instant.parse("2030-01-08T00:00:00Z").plus(Duration.ofDays(days)).plus(Duration.ofHours(hour - 3));
    }

    private Appointment accepted(Account client, Instant start) {
        Appointment requested = world.requested(client, consultation, start);
        return world.core.answerRequest().accept(zoe.id(), requested.id()).get();
    }

    private static List<Appointment> appointments(List<AppointmentView> views) {
        return views.map(AppointmentView::appointment);
    }

    private List<Appointment> pendingOf(Account actor) {
        return appointments(world.core.viewAppointment().pendingRequestsOfProvider(actor.id()).get());
    }

    private List<Appointment> upcomingOf(Account actor) {
        return appointments(world.core.viewAppointment().upcomingOfProvider(actor.id()).get());
    }

    private Appointment stored(Appointment appointment) {
        return world.ports.appointments().findById(appointment.id()).get();
    }

    @Test
    void givenEndedAppointmentsWhenTheClientLooksAtPastOnesThenTheyAreTheMostRecentFirstWithPriceAndBalance() {
        // given
        Appointment completed = accepted(anna, at(0, 10));
        Appointment rejected = world.requested(anna, consultation, at(0, 12));
        world.core.answerRequest().reject(zoe.id(), rejected.id(), Option.some("Full")).get();
        Appointment toCome = world.requested(anna, consultation, at(1, 10));
        world.clock.set(at(0, 15));
        world.core.closeAppointment().complete(zoe.id(), completed.id()).get();
        world.core.recordPayment().record(zoe.id(), completed.id(), Money.of(100_000, "RUB")).get();

        // when
        List<AppointmentView> past = world.core.viewAppointment().pastOfClient(anna.id());

        // then
        assertThat(appointments(past)).containsExactly(stored(rejected), stored(completed));
        AppointmentView done = past.last();
        assertThat(done.appointment().status()).isEqualTo(AppointmentStatus.COMPLETED);
        assertThat(done.appointment().price()).isEqualTo(Money.of(250_000, "RUB"));
        assertThat(done.appointment().paid()).isEqualTo(Money.of(100_000, "RUB"));
        assertThat(done.appointment().balance()).isEqualTo(Money.of(150_000, "RUB"));
        assertThat(done.service()).isEqualTo(consultation);
        assertThat(done.specialist()).isEqualTo(zoe);
        assertThat(appointments(world.core.viewAppointment().upcomingOfClient(anna.id()))).containsExactly(toCome);
    }

    @Test
    void givenAnAppointmentEndingNowWhenTheClientLooksThenItIsPastAndNoLongerUpcoming() {
        // given
        Appointment appointment = accepted(anna, at(0, 10));
        world.clock.set(at(0, 11));

        // then
        assertThat(appointments(world.core.viewAppointment().pastOfClient(anna.id()))).containsExactly(appointment);
        assertThat(world.core.viewAppointment().upcomingOfClient(anna.id())).isEmpty();
    }

    @Test
    void givenAnAppointmentInProgressWhenTheClientLooksThenItIsNotPastYet() {
        // given
        accepted(anna, at(0, 10));
        world.clock.set(at(0, 10).plus(Duration.ofMinutes(59)));

        // then
        assertThat(world.core.viewAppointment().pastOfClient(anna.id())).isEmpty();
    }

    @Test
    void givenAnotherClientsPastAppointmentsWhenAClientLooksThenItSeesOnlyItsOwn() {
        // given
        Appointment annas = accepted(anna, at(0, 10));
        accepted(bob, at(0, 11));
        world.clock.set(at(0, 15));

        // then
        assertThat(appointments(world.core.viewAppointment().pastOfClient(anna.id()))).containsExactly(annas);
        assertThat(world.core.viewAppointment().pastOfClient(zoe.id())).isEmpty();
    }

    @Test
    void givenANewUserWhenItLooksAtPastAppointmentsThenThereAreNone() {
        assertThat(world.core.viewAppointment().pastOfClient(world.user("New").id())).isEmpty();
        assertThat(world.core.viewAppointment().pastOfClient(new AccountId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void givenRequestsWhenTheProviderLooksAtItsRequestsThenThePendingOnesAreListedSoonestFirst() {
        // given
        Appointment later = world.requested(anna, consultation, at(1, 10));
        Appointment sooner = world.requested(bob, consultation, at(0, 12));
        accepted(anna, at(0, 10));

        // then
        List<AppointmentView> requests = world.core.viewAppointment().pendingRequestsOfProvider(zoe.id()).get();
        assertThat(appointments(requests)).containsExactly(sooner, later);
        assertThat(requests.head().client()).isEqualTo(bob);
    }

    @Test
    void givenARequestWhoseStartHasPassedWhenTheProviderLooksThenItIsStillAmongTheRequests() {
        // given
        Appointment unanswered = world.requested(anna, consultation, at(0, 10));
        world.clock.set(at(0, 16));

        // then
        assertThat(pendingOf(zoe)).containsExactly(unanswered);
    }

    @Test
    void givenAnsweredAndCancelledRequestsWhenTheProviderLooksThenTheyAreNotAmongTheRequests() {
        // given
        Appointment rejected = world.requested(anna, consultation, at(0, 10));
        world.core.answerRequest().reject(zoe.id(), rejected.id(), Option.none()).get();
        Appointment cancelled = world.requested(anna, consultation, at(0, 11));
        world.core.cancelAppointment().cancel(anna.id(), cancelled.id(), Option.none()).get();
        accepted(bob, at(0, 12));

        // then
        assertThat(pendingOf(zoe)).isEmpty();
    }

    @Test
    void givenAcceptedAppointmentsWhenTheProviderLooksAtClientAppointmentsThenTheyAreListedSoonestFirst() {
        // given
        Appointment later = accepted(anna, at(1, 10));
        Appointment sooner = accepted(bob, at(0, 12));
        world.requested(anna, consultation, at(0, 10));

        // then
        assertThat(upcomingOf(zoe)).containsExactly(sooner, later);
    }

    @Test
    void givenAnAcceptedAppointmentOverButNotClosedWhenTheProviderLooksThenItStaysUntilMarked() {
        // given
        Appointment over = accepted(anna, at(0, 10));
        Appointment closed = accepted(bob, at(0, 12));
        Appointment toCome = accepted(anna, at(1, 10));
        world.clock.set(at(0, 16));
        world.core.closeAppointment().markMissed(zoe.id(), closed.id()).get();

        // then
        assertThat(upcomingOf(zoe)).containsExactly(over, toCome);
    }

    @Test
    void givenAClientWhenItLooksAtProviderListsThenItIsNotAProvider() {
        // given
        world.requested(anna, consultation, at(0, 10));

        // then
        assertThat(world.core.viewAppointment().pendingRequestsOfProvider(anna.id()).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.core.viewAppointment().upcomingOfProvider(anna.id()).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
    }

    @Test
    void givenAnUnknownAccountWhenItLooksAtProviderListsThenItIsNotFound() {
        AccountId unknown = new AccountId(UUID.randomUUID());

        assertThat(world.core.viewAppointment().pendingRequestsOfProvider(unknown).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.core.viewAppointment().upcomingOfProvider(unknown).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void givenAnotherProvidersRequestsWhenAProviderLooksThenItSeesOnlyItsOwn() {
        // given
        Account mark = world.specialist("Mark");
        world.requested(world.clientOf(mark, "Carl"), world.service(mark, "Massage", Duration.ofHours(1)), at(0, 10));

        // then
        assertThat(pendingOf(zoe)).isEmpty();
        assertThat(pendingOf(mark)).hasSize(1);
    }

    @Test
    void givenAnOrganizationsRequestsWhenItAndItsMembersLookThenTheOrganizationSeesAllAndEachMemberItsOwn() {
        // given
        Account clinic = world.organization("Clinic");
        Service checkUp = world.service(clinic, "Check-up", Duration.ofHours(1));
        Account first = world.memberOf(clinic, "First");
        Account second = world.memberOf(clinic, "Second");
        Account carl = world.clientOf(clinic, "Carl");
        Appointment byFirst = world.core.requestAppointment()
                .request(carl.id(), new RequestAppointment.Command(checkUp.id(), at(0, 12), Option.some(first.id()))).get();
        Appointment bySecond = world.core.requestAppointment()
                .request(carl.id(), new RequestAppointment.Command(checkUp.id(), at(0, 10), Option.some(second.id()))).get();

        // then
        assertThat(pendingOf(clinic)).containsExactly(bySecond, byFirst);
        assertThat(pendingOf(first)).containsExactly(byFirst);
        assertThat(pendingOf(second)).containsExactly(bySecond);

        // when the clinic accepts the first member's request, it moves to the client appointments
        world.core.answerRequest().accept(clinic.id(), byFirst.id()).get();
        assertThat(upcomingOf(clinic)).containsExactly(stored(byFirst));
        assertThat(upcomingOf(first)).containsExactly(stored(byFirst));
        assertThat(upcomingOf(second)).isEmpty();
    }
}
