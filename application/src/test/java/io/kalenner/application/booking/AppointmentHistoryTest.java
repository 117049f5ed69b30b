package io.kalenner.application.booking;

import static io.kalenner.application.World.MONDAY_9;
import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentEvent;
import io.kalenner.domain.appointment.AppointmentEvent.PaymentRecorded;
import io.kalenner.domain.appointment.AppointmentEvent.StatusChanged;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An appointment's history: every move and payment with who made it and when, for its parties only. */
class AppointmentHistoryTest {

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final Account anna = world.clientOf(zoe, "Anna");

    @Test
    void theRequestEachMoveAndEachPaymentAreKeptWithWhoAndWhen() {
        // given
        Appointment request = world.requested(anna, consultation, TUESDAY_10);
        Instant accepting = MONDAY_9.plus(Duration.ofMinutes(5));
        world.clock.set(accepting);
        world.core.answerRequest().accept(zoe.id(), request.id()).get();
        Instant paying = TUESDAY_10.plus(Duration.ofMinutes(30));
        world.clock.set(paying);
        world.core.recordPayment().record(zoe.id(), request.id(), Money.of(100_000, "RUB")).get();
        world.core.recordPayment().record(zoe.id(), request.id(), Money.of(50_000, "RUB")).get();
        Instant completing = TUESDAY_10.plus(Duration.ofHours(1));
        world.clock.set(completing);
        world.core.closeAppointment().complete(zoe.id(), request.id()).get();

        // when
        var history = world.core.viewAppointment().history(anna.id(), request.id()).get();

        // then
        assertThat(history).containsExactly(
                new AppointmentEvent(request.id(), MONDAY_9, anna.id(), new StatusChanged(AppointmentStatus.PENDING, Option.none())),
                new AppointmentEvent(request.id(), accepting, zoe.id(), new StatusChanged(AppointmentStatus.ACCEPTED, Option.none())),
                new AppointmentEvent(request.id(), paying, zoe.id(), new PaymentRecorded(Money.of(100_000, "RUB"))),
                new AppointmentEvent(request.id(), paying, zoe.id(), new PaymentRecorded(Money.of(50_000, "RUB"))),
                new AppointmentEvent(request.id(), completing, zoe.id(), new StatusChanged(AppointmentStatus.COMPLETED, Option.none())));
        assertThat(world.core.viewAppointment().history(zoe.id(), request.id()).get()).isEqualTo(history);
    }

    @Test
    void aRejectionKeepsItsReason() {
        Appointment request = world.requested(anna, consultation, TUESDAY_10);

        world.core.answerRequest().reject(zoe.id(), request.id(), Option.some("on leave")).get();

        assertThat(world.core.viewAppointment().history(anna.id(), request.id()).get().last().change())
                .isEqualTo(new StatusChanged(AppointmentStatus.REJECTED, Option.some("on leave")));
    }

    @Test
    void aRefusedMoveLeavesNoEntry() {
        Appointment request = world.requested(anna, consultation, TUESDAY_10);
        World.State before = world.state();

        assertThat(world.core.closeAppointment().complete(zoe.id(), request.id()).isLeft()).isTrue();

        assertThat(world.state()).isEqualTo(before);
        assertThat(world.core.viewAppointment().history(zoe.id(), request.id()).get()).hasSize(1);
    }

    @Test
    void aStrangerCannotReadTheHistory() {
        Appointment request = world.requested(anna, consultation, TUESDAY_10);
        Account stranger = world.specialist("Mark");

        assertThat(world.core.viewAppointment().history(stranger.id(), request.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }
}
