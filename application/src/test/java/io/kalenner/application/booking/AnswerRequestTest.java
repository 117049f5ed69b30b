package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.notification.Notification;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.service.Service;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The provider's answer to a request: only the provider answers, only once, only before the start. */
class AnswerRequestTest {

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final Account anna = world.clientOf(zoe, "Anna");
    private final Appointment request = world.requested(anna, consultation, TUESDAY_10);

    private Either<Rejection, Appointment> accept(Account actor) {
        return world.core.answerRequest().accept(actor.id(), request.id());
    }

    @Test
    void aStrangerCannotAcceptSomeonesRequest() {
        // given
        Account mark = world.specialist("Mark");
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = accept(mark);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void theClientCannotAcceptItsOwnRequest() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = accept(anna);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aStrangerCannotRejectSomeonesRequest() {
        // given
        Account stranger = world.user("Stranger");
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = world.core.answerRequest().reject(stranger.id(), request.id(), Option.none());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void acceptingTwiceIsRefused() {
        // given
        accept(zoe).get();
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> again = accept(zoe);

        // then
        assertThat(again.getLeft().reason()).isEqualTo(Reason.MOVE_NOT_ALLOWED);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.waitingNotifications().map(Notification::kind))
                .containsExactly(Notification.Kind.APPOINTMENT_REQUESTED, Notification.Kind.APPOINTMENT_ACCEPTED);
    }

    @Test
    void rejectingAnAcceptedRequestIsRefused() {
        // given
        accept(zoe).get();
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = world.core.answerRequest().reject(zoe.id(), request.id(), Option.none());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.MOVE_NOT_ALLOWED);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void acceptingAtTheStartIsRefused() {
        // given
        world.clock.set(TUESDAY_10);
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = accept(zoe);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.ALREADY_STARTED);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void acceptingAfterTheStartIsRefused() {
        // given
        world.clock.set(TUESDAY_10.plus(Duration.ofMinutes(20)));
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = accept(zoe);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.ALREADY_STARTED);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.appointments().findById(request.id()).get().status()).isEqualTo(AppointmentStatus.PENDING);
    }

    @Test
    void acceptingJustBeforeTheStartIsAllowed() {
        // given
        world.clock.set(TUESDAY_10.minusSeconds(1));

        // then
        assertThat(accept(zoe).map(Appointment::status)).containsExactly(AppointmentStatus.ACCEPTED);
    }

    @Test
    void anUnknownAppointmentIsNotFound() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = world.core.answerRequest().accept(zoe.id(), new AppointmentId(UUID.randomUUID()));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aRejectionTellsTheClientWithTheReason() {
        // when
        Appointment rejected = world.core.answerRequest().reject(zoe.id(), request.id(), Option.some("I am ill")).get();

        // then
        assertThat(rejected.status()).isEqualTo(AppointmentStatus.REJECTED);
        assertThat(world.ports.appointments().findById(request.id()).get().reason()).containsExactly("I am ill");
        Notification told = world.waitingNotifications().last();
        assertThat(told.kind()).isEqualTo(Notification.Kind.APPOINTMENT_REJECTED);
        assertThat(told.recipient()).isEqualTo(anna.id());
    }

    @Test
    void aBlankRejectionReasonIsNoReason() {
        // when
        Appointment rejected = world.core.answerRequest().reject(zoe.id(), request.id(), Option.some("  ")).get();

        // then
        assertThat(rejected.reason()).isEmpty();
    }

    @Test
    void onlyTheTwoPartiesSeeAnAppointment() {
        // given
        Account stranger = world.user("Stranger");

        // then
        assertThat(world.core.viewAppointment().view(anna.id(), request.id()).get().specialist()).isEqualTo(zoe);
        assertThat(world.core.viewAppointment().view(zoe.id(), request.id()).get().client()).isEqualTo(anna);
        assertThat(world.core.viewAppointment().view(stranger.id(), request.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }
}
