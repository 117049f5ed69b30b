package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.booking.ViewClients.ClientCard;
import io.kalenner.application.servicepackage.DefinePackage;
import io.kalenner.application.servicepackage.RecordPurchase;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The provider's side's clients: each with the next appointment and what the client owes (D74). */
public class ViewClientsTest {

    private World world;
    private Account zoe;
    private Service session;

    /** The world the tests run in; a database's binding gives its own. */
    protected World newWorld() {
        return new World();
    }

    @BeforeEach
    void aSpecialistWithAService() {
        world = newWorld();
        zoe = world.specialist("Zoe");
        session = world.service(zoe, "Session", Duration.ofHours(1)); // 2 500.00 RUB
    }

    private List<ClientCard> all(Account actor) {
        return world.core.viewClients().all(actor.id()).get();
    }

    private Appointment accepted(Account client, Service service, java.time.Instant start) {
        Appointment requested = world.requested(client, service, start);
        return world.core.answerRequest().accept(service.provider(), requested.id()).get();
    }

    @Test
    void givenClientsWhenTheProviderViewsThemThenEachHasItsNextAppointmentAndWhatItOwes() {
        // given Walter with an accepted appointment on Tuesday and another a day later, half paid
        Account walter = world.clientOf(zoe, "Walter");
        Account anna = world.clientOf(zoe, "Anna");
        Appointment tuesday = accepted(walter, session, TUESDAY_10);
        Appointment wednesday = accepted(walter, session, TUESDAY_10.plus(Duration.ofDays(1)));
        world.core.recordPayment().record(zoe.id(), wednesday.id(), Money.of(125_000, "RUB")).get();

        // when Zoe views her clients
        List<ClientCard> cards = all(zoe);

        // then Anna comes first by name, with nothing; Walter's next is Tuesday's and he owes 2 500.00 + 1 250.00
        assertThat(cards.map(card -> card.client().displayName())).containsExactly("Anna", "Walter");
        assertThat(cards.get(0).next()).isEmpty();
        assertThat(cards.get(0).owed()).isEmpty();
        assertThat(cards.get(1).next().map(view -> view.appointment().id())).contains(tuesday.id());
        assertThat(cards.get(1).next().map(view -> view.service().name())).contains("Session");
        assertThat(cards.get(1).owed()).containsExactly(Money.of(375_000, "RUB"));
        assertThat(cards.get(1).practice()).isEqualTo(zoe);
    }

    @Test
    void givenAPendingRequestAndACancelledPaidOneWhenViewedThenThePendingIsNextButOwesNothingAndThePaymentIsToGiveBack() {
        // given a pending request, and an accepted appointment paid in full and then cancelled
        Account walter = world.clientOf(zoe, "Walter");
        Appointment pending = world.requested(walter, session, TUESDAY_10);
        Appointment cancelled = accepted(walter, session, TUESDAY_10.plus(Duration.ofHours(2)));
        world.core.recordPayment().record(zoe.id(), cancelled.id(), Money.of(250_000, "RUB")).get();
        world.core.cancelAppointment().cancel(zoe.id(), cancelled.id(), Option.none()).get();

        // then
        ClientCard card = all(zoe).single();
        assertThat(card.next().map(view -> view.appointment().id())).contains(pending.id());
        assertThat(card.owed()).containsExactly(Money.of(-250_000, "RUB"));
    }

    @Test
    void givenAStartedAppointmentWhenViewedThenItIsNoLongerNextButStaysOwed() {
        // given an accepted appointment whose start has passed
        Account walter = world.clientOf(zoe, "Walter");
        accepted(walter, session, TUESDAY_10);
        world.clock.set(TUESDAY_10.plus(Duration.ofMinutes(5)));

        // then
        ClientCard card = world.core.viewClients().one(zoe.id(), walter.id(), zoe.id()).get();
        assertThat(card.next()).isEmpty();
        assertThat(card.owed()).containsExactly(Money.of(250_000, "RUB"));
    }

    @Test
    void givenAPackageBoughtAndPartlyPaidWhenViewedThenItsBalanceIsOwedToo() {
        // given Walter bought 5 sessions for 10 000.00 and paid 4 000.00 at once
        Account walter = world.clientOf(zoe, "Walter");
        ServicePackage five = world.core.definePackage().define(zoe.id(), new DefinePackage.Command(session.id(), 5, Money.of(1_000_000, "RUB"))).get();
        world.core.recordPurchase().record(zoe.id(), new RecordPurchase.Command(five.id(), walter.id(), Option.none(),
                Option.some(Money.of(400_000, "RUB")))).get();

        // then
        assertThat(all(zoe).single().owed()).containsExactly(Money.of(600_000, "RUB"));
    }

    @Test
    void givenAnOrganizationWhenItAndAMemberViewTheClientsThenTheMemberCountsOnlyWhatItPerforms() {
        // given a clinic with two members, Walter booked with each
        Account clinic = world.organization("Clinic");
        Service consultation = world.service(clinic, "Consultation", Duration.ofHours(1));
        Account kim = world.memberOf(clinic, "Kim");
        Account lee = world.memberOf(clinic, "Lee");
        Account walter = world.clientOf(clinic, "Walter");
        Appointment withKim = world.core.requestAppointment().request(walter.id(),
                new RequestAppointment.Command(consultation.id(), TUESDAY_10, Option.some(kim.id()))).get();
        world.core.answerRequest().accept(kim.id(), withKim.id()).get();
        Appointment withLee = world.core.requestAppointment().request(walter.id(),
                new RequestAppointment.Command(consultation.id(), TUESDAY_10.minus(Duration.ofHours(1)), Option.some(lee.id()))).get();
        world.core.answerRequest().accept(lee.id(), withLee.id()).get();

        // then the clinic sees Lee's earlier appointment next and both owed; Kim sees only hers
        ClientCard clinics = all(clinic).single();
        assertThat(clinics.next().map(view -> view.appointment().id())).contains(withLee.id());
        assertThat(clinics.owed()).containsExactly(Money.of(500_000, "RUB"));
        ClientCard kims = all(kim).single();
        assertThat(kims.practice()).isEqualTo(clinic);
        assertThat(kims.next().map(view -> view.appointment().id())).contains(withKim.id());
        assertThat(kims.owed()).containsExactly(Money.of(250_000, "RUB"));
        assertThat(world.core.viewClients().one(kim.id(), walter.id(), clinic.id()).get()).isEqualTo(kims);
    }

    @Test
    void givenAMemberWithItsOwnClientsWhenItViewsThemThenItsOwnPracticeComesFirst() {
        // given a member specialist that also has a client of its own
        Account clinic = world.organization("Clinic");
        Account invited = world.memberOf(clinic, "Member");
        world.clientOf(clinic, "Anna");
        world.clientOf(invited, "Bob");

        // then
        assertThat(all(invited).map(card -> card.client().displayName() + "@" + card.practice().displayName()))
                .containsExactly("Bob@Member", "Anna@Clinic");
    }

    @Test
    void givenSomeoneNotOnThePracticesSideWhenItAsksForACardThenItIsNotTheirs() {
        // given
        Account walter = world.clientOf(zoe, "Walter");
        Account mark = world.specialist("Mark");
        Account stranger = world.specialist("Stranger");

        // then another provider, a client, and a card of someone who is not a client are refused
        assertThat(world.core.viewClients().one(mark.id(), walter.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.viewClients().one(zoe.id(), stranger.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.viewClients().one(zoe.id(), zoe.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.viewClients().all(walter.id()).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.core.viewClients().one(walter.id(), walter.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }
}
