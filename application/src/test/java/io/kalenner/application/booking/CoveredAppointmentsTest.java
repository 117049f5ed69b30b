package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.notification.Notification;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.ScheduleException;
import io.kalenner.domain.schedule.ScheduleException.Absence;
import io.kalenner.domain.schedule.ScheduleException.DateOverride;
import io.kalenner.domain.schedule.ScheduleException.Holiday;
import io.kalenner.domain.schedule.ScheduleException.Vacation;
import io.kalenner.domain.service.Service;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A holiday, vacation or absence that falls on a provider's appointments, and cancelling them with one reason. */
class CoveredAppointmentsTest {

    private static final LocalDate TUESDAY = LocalDate.of(2030, 1, 8);
    private static final LocalDate WEDNESDAY = LocalDate.of(2030, 1, 9);
    /** Tuesday 2030-01-08 14:00 and Wednesday 10:00 at UTC+03:00. */
    private static final Instant TUESDAY_14 = Instant.parse("2030-01-08T11:00:00Z");
    private static final Instant WEDNESDAY_10 = Instant.parse("2030-01-09T07:00:00Z");

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final Account anna = world.clientOf(zoe, "Anna");
    private final Account boris = world.clientOf(zoe, "Boris");

    private Either<Rejection, List<Appointment>> covered(Account actor, ScheduleException exception) {
        return world.core.listCoveredAppointments().covered(actor.id(), exception);
    }

    private Either<Rejection, List<Appointment>> cancel(Account actor, ScheduleException exception, String reason) {
        return world.core.cancelCoveredAppointments().cancelCovered(actor.id(),
                new CancelCoveredAppointments.Command(exception, Option.of(reason)));
    }

    private AppointmentStatus statusOf(Appointment appointment) {
        return world.ports.appointments().findById(appointment.id()).get().status();
    }

    @Test
    void aVacationCoversPendingAndAcceptedAppointmentsOnItsDatesAndNotTheDayAfter() {
        // given one accepted and one pending on Tuesday, one on Wednesday
        Appointment accepted = world.requested(anna, consultation, TUESDAY_10);
        world.core.answerRequest().accept(zoe.id(), accepted.id()).get();
        Appointment pending = world.requested(boris, consultation, TUESDAY_14);
        Appointment wednesday = world.requested(anna, consultation, WEDNESDAY_10);

        // when
        List<Appointment> onTuesday = covered(zoe, new Holiday(TUESDAY)).get();
        List<Appointment> onBoth = covered(zoe, new Vacation(TUESDAY, WEDNESDAY)).get();

        // then
        assertThat(onTuesday.map(Appointment::id)).containsExactly(accepted.id(), pending.id());
        assertThat(onBoth.map(Appointment::id)).containsExactly(accepted.id(), pending.id(), wednesday.id());
    }

    @Test
    void anAbsenceCoversOnlyTheAppointmentsItsHoursOverlap() {
        // given 10:00–11:00 and 14:00–15:00 on Tuesday
        Appointment morning = world.requested(anna, consultation, TUESDAY_10);
        world.requested(boris, consultation, TUESDAY_14);

        // when an absence from 10:30 to 12:00, and an override (which sets hours rather than closing them)
        List<Appointment> absent = covered(zoe, new Absence(TUESDAY, TUESDAY, LocalInterval.of("10:30", "12:00"))).get();
        List<Appointment> overridden = covered(zoe, new DateOverride(TUESDAY, List.of(LocalInterval.of("16:00", "18:00")))).get();

        // then
        assertThat(absent.map(Appointment::id)).containsExactly(morning.id());
        assertThat(overridden).isEmpty();
    }

    @Test
    void cancellingTheCoveredOnesNotifiesEachClientWithTheReasonAndLeavesTheOthersAlone() {
        // given two appointments on Tuesday and one on Wednesday, outside the holiday
        Appointment annas = world.requested(anna, consultation, TUESDAY_10);
        Appointment boriss = world.requested(boris, consultation, TUESDAY_14);
        Appointment outside = world.requested(anna, consultation, WEDNESDAY_10);
        world.waitingNotifications().forEach(notification -> world.ports.outbox().markDelivered(notification.id()));

        // when
        List<Appointment> cancelled = cancel(zoe, new Holiday(TUESDAY), "  I am ill  ").get();

        // then
        assertThat(cancelled.map(Appointment::id)).containsExactly(annas.id(), boriss.id());
        assertThat(cancelled.map(Appointment::reason)).containsOnly(Option.some("I am ill"));
        assertThat(statusOf(annas)).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(statusOf(boriss)).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(statusOf(outside)).isEqualTo(AppointmentStatus.PENDING);
        assertThat(world.waitingNotifications().map(n -> n.recipient() + " " + n.kind() + " " + n.appointment()))
                .containsExactlyInAnyOrder(anna.id() + " " + Notification.Kind.APPOINTMENT_CANCELLED + " " + annas.id(),
                        boris.id() + " " + Notification.Kind.APPOINTMENT_CANCELLED + " " + boriss.id());
    }

    @Test
    void anotherProvidersAppointmentsAndOnesAlreadyStartedAreNeverCovered() {
        // given Vera books Yuri on Tuesday, and Zoe's 10:00 with Anna has started
        Account yuri = world.specialist("Yuri");
        Service yurisService = world.service(yuri, "Massage", Duration.ofHours(1));
        Account yurisClient = world.clientOf(yuri, "Vera");
        Appointment yuris = world.requested(yurisClient, yurisService, TUESDAY_14);
        Appointment started = world.requested(anna, consultation, TUESDAY_10);
        world.clock.set(TUESDAY_10.plus(Duration.ofMinutes(5)));

        // when
        List<Appointment> cancelled = cancel(zoe, new Holiday(TUESDAY), "").get();

        // then
        assertThat(cancelled).isEmpty();
        assertThat(statusOf(yuris)).isEqualTo(AppointmentStatus.PENDING);
        assertThat(statusOf(started)).isEqualTo(AppointmentStatus.PENDING);
    }

    @Test
    void aClientMayNotListNorCancelAndNothingChanges() {
        // given
        world.requested(anna, consultation, TUESDAY_10);
        World.State before = world.state();

        // when
        Either<Rejection, List<Appointment>> listed = covered(anna, new Holiday(TUESDAY));
        Either<Rejection, List<Appointment>> cancelled = cancel(anna, new Holiday(TUESDAY), "no");

        // then
        assertThat(listed.getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(cancelled.getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.state()).isEqualTo(before);
    }
}
