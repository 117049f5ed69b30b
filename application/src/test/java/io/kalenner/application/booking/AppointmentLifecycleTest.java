package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.notification.Notification;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Cancelling, closing and paying an appointment: who may, when, and who is told. */
class AppointmentLifecycleTest {

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final Account anna = world.clientOf(zoe, "Anna");
    private final Appointment request = world.requested(anna, consultation, TUESDAY_10);

    private Appointment accepted() {
        return world.core.answerRequest().accept(zoe.id(), request.id()).get();
    }

    private Notification lastNotification() {
        return world.waitingNotifications().last();
    }

    @Test
    void theClientCancelsBeforeTheStartAndTheSpecialistIsTold() {
        // when
        Appointment cancelled = world.core.cancelAppointment().cancel(anna.id(), request.id(), Option.some("ill")).get();

        // then
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(cancelled.reason()).contains("ill");
        assertThat(lastNotification().recipient()).isEqualTo(zoe.id());
        assertThat(lastNotification().kind()).isEqualTo(Notification.Kind.APPOINTMENT_CANCELLED);
    }

    @Test
    void theProviderCancelsAnAcceptedOneAndTheClientIsTold() {
        // given
        accepted();

        // when
        Appointment cancelled = world.core.cancelAppointment().cancel(zoe.id(), request.id(), Option.none()).get();

        // then
        assertThat(cancelled.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(lastNotification().recipient()).isEqualTo(anna.id());
    }

    @Test
    void nobodyCancelsAfterTheStart() {
        // given
        accepted();
        world.clock.set(TUESDAY_10.plusSeconds(60));
        World.State before = world.state();

        // then
        assertThat(world.core.cancelAppointment().cancel(anna.id(), request.id(), Option.none()).getLeft().reason()).isEqualTo(Reason.ALREADY_STARTED);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aStrangerCannotCancel() {
        Account eve = world.user("Eve");
        World.State before = world.state();

        assertThat(world.core.cancelAppointment().cancel(eve.id(), request.id(), Option.none()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void theProviderCompletesOrMarksMissedOnlyAfterTheStart() {
        // given
        accepted();
        World.State before = world.state();

        // when it has not started
        assertThat(world.core.closeAppointment().complete(zoe.id(), request.id()).getLeft().reason()).isEqualTo(Reason.NOT_STARTED_YET);
        assertThat(world.core.closeAppointment().markMissed(zoe.id(), request.id()).getLeft().reason()).isEqualTo(Reason.NOT_STARTED_YET);
        assertThat(world.state()).isEqualTo(before);

        // when it has
        world.clock.set(TUESDAY_10.plus(Duration.ofHours(1)));
        assertThat(world.core.closeAppointment().complete(zoe.id(), request.id()).get().status()).isEqualTo(AppointmentStatus.COMPLETED);
        assertThat(lastNotification().kind()).isEqualTo(Notification.Kind.APPOINTMENT_COMPLETED);
        assertThat(lastNotification().recipient()).isEqualTo(anna.id());
    }

    @Test
    void aPendingRequestCannotBeMarkedMissed() {
        world.clock.set(TUESDAY_10.plus(Duration.ofHours(1)));

        assertThat(world.core.closeAppointment().markMissed(zoe.id(), request.id()).getLeft().reason()).isEqualTo(Reason.MOVE_NOT_ALLOWED);
    }

    @Test
    void theClientCannotCloseItsOwnAppointment() {
        accepted();
        world.clock.set(TUESDAY_10.plus(Duration.ofHours(1)));

        assertThat(world.core.closeAppointment().complete(anna.id(), request.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void paymentsAddUpAndTheBalanceMayGoNegative() {
        // given
        Money price = request.price();
        Money half = new Money(price.minorUnits() / 2, price.currency());

        // when
        world.core.recordPayment().record(zoe.id(), request.id(), half).get();
        Appointment overpaid = world.core.recordPayment().record(zoe.id(), request.id(), price).get();

        // then
        assertThat(overpaid.paid()).isEqualTo(half.plus(price));
        assertThat(overpaid.balance().minorUnits()).isEqualTo(-half.minorUnits());
        assertThat(lastNotification().kind()).isEqualTo(Notification.Kind.PAYMENT_RECORDED);
    }

    @Test
    void aPaymentMustBePositiveAndInTheAppointmentsCurrency() {
        World.State before = world.state();

        assertThat(world.core.recordPayment().record(zoe.id(), request.id(), new Money(0, request.price().currency())).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.core.recordPayment().record(zoe.id(), request.id(), new Money(-100, request.price().currency())).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        String other = request.price().currency().getCurrencyCode().equals("EUR") ? "USD" : "EUR";
        assertThat(world.core.recordPayment().record(zoe.id(), request.id(), Money.of(100, other)).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.core.recordPayment().record(anna.id(), request.id(), request.price()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.state()).isEqualTo(before);
    }
}
