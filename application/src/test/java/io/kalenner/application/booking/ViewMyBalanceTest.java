package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.servicepackage.DefinePackage;
import io.kalenner.application.servicepackage.RecordPurchase;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a client owes one of its providers, as the client's card shows it (D74). */
public class ViewMyBalanceTest {

    private World world;
    private Account zoe;
    private Service session;
    private Account walter;

    /** The world the tests run in; a database's binding gives its own. */
    protected World newWorld() {
        return new World();
    }

    @BeforeEach
    void aClientOfASpecialist() {
        world = newWorld();
        zoe = world.specialist("Zoe");
        session = world.service(zoe, "Session", Duration.ofHours(1)); // 2 500.00 RUB
        walter = world.clientOf(zoe, "Walter");
    }

    private Appointment accepted(java.time.Instant start) {
        return world.core.answerRequest().accept(zoe.id(), world.requested(walter, session, start).id()).get();
    }

    @Test
    void givenPastAndUpcomingAppointmentsAndAPackageWhenTheClientLooksThenItOwesTheirSumLessWhatWasPaid() {
        // given one accepted appointment that has passed, one upcoming paid in part, and a package not yet paid for
        accepted(TUESDAY_10);
        Appointment later = accepted(TUESDAY_10.plus(Duration.ofDays(1)));
        world.core.recordPayment().record(zoe.id(), later.id(), Money.of(100_000, "RUB")).get();
        ServicePackage five = world.core.definePackage().define(zoe.id(), new DefinePackage.Command(session.id(), 5, Money.of(1_000_000, "RUB")))
                .get();
        world.core.recordPurchase().record(zoe.id(), new RecordPurchase.Command(five.id(), walter.id(), Option.none(),
                Option.some(Money.of(0, "RUB")))).get();
        world.clock.set(TUESDAY_10.plus(Duration.ofHours(2)));

        // then 2 500.00 + 1 500.00 + 10 000.00
        assertThat(world.core.viewMyBalance().owed(walter.id(), zoe.id()).get()).containsExactly(Money.of(1_400_000, "RUB"));
    }

    @Test
    void givenAnotherProvidersAppointmentWhenTheClientLooksAtThisOneThenItDoesNotCount() {
        // given Walter owes Mark, not Zoe
        Account mark = world.specialist("Mark");
        Service lesson = world.service(mark, "Lesson", Duration.ofHours(1));
        String code = world.core.createClientInvitation().create(mark.id()).get().code().value();
        world.core.acceptInvitation().accept(walter.id(), new AcceptInvitation.Command(code)).get();
        Appointment withMark = world.requested(walter, lesson, TUESDAY_10);
        world.core.answerRequest().accept(mark.id(), withMark.id()).get();

        // then
        assertThat(world.core.viewMyBalance().owed(walter.id(), zoe.id()).get()).isEmpty();
        assertThat(world.core.viewMyBalance().owed(walter.id(), mark.id()).get()).containsExactly(Money.of(250_000, "RUB"));
    }

    @Test
    void givenAProviderNotOnTheClientsListWhenItAsksThenItIsNotItsProvider() {
        Account mark = world.specialist("Mark");

        assertThat(world.core.viewMyBalance().owed(walter.id(), mark.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
    }
}
