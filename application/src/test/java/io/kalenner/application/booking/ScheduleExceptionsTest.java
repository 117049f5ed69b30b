package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY;
import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.ScheduleException;
import io.kalenner.domain.schedule.ScheduleException.Absence;
import io.kalenner.domain.schedule.ScheduleException.DateOverride;
import io.kalenner.domain.schedule.ScheduleException.Holiday;
import io.kalenner.domain.schedule.ScheduleException.Vacation;
import io.kalenner.domain.schedule.ScheduleExceptions;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A provider's holidays, vacations, absences and date overrides, and the slots and bookings they close. */
class ScheduleExceptionsTest {

    private static final LocalDate MONDAY = LocalDate.of(2030, 1, 7);
    private static final LocalDate TUESDAY_DATE = LocalDate.of(2030, 1, 8);
    private static final LocalDate SATURDAY = LocalDate.of(2030, 1, 12);

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final Account anna = world.clientOf(zoe, "Anna");

    private Either<Rejection, ScheduleExceptions> add(Account actor, ScheduleException exception) {
        return world.core.addScheduleException().add(actor.id(), new AddScheduleException.Command(exception));
    }

    private List<Instant> slots(TimeRange window) {
        return world.core.listFreeSlots().freeSlots(anna.id(), new ListFreeSlots.Command(consultation.id(), window, Option.none())).get();
    }

    private static TimeRange dayOf(LocalDate date) {
        return new TimeRange(date.atStartOfDay(java.time.ZoneOffset.ofHours(3)).toInstant(), date.plusDays(1).atStartOfDay(java.time.ZoneOffset.ofHours(3)).toInstant());
    }

    @Test
    void aBookingOnAHolidayIsRefusedAndCreatesNothing() {
        // given
        add(zoe, new Holiday(TUESDAY_DATE)).get();
        World.State before = world.state();

        // when
        Either<Rejection, Appointment> answer = world.core.requestAppointment().request(anna.id(), new RequestAppointment.Command(consultation.id(), TUESDAY_10));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SLOT_NOT_OFFERED);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aHolidayEmptiesTheDaysSlotsAndRemovingItBringsThemBack() {
        // given
        int workingDay = slots(TUESDAY).size();
        add(zoe, new Holiday(TUESDAY_DATE)).get();

        // when, then
        assertThat(slots(TUESDAY)).isEmpty();
        world.core.removeScheduleException().remove(zoe.id(), new RemoveScheduleException.Command(new Holiday(TUESDAY_DATE))).get();
        assertThat(slots(TUESDAY)).hasSize(workingDay).isNotEmpty();
    }

    @Test
    void aVacationClosesEveryDateOfItAndTheDayAfterItIsOpen() {
        // given
        add(zoe, new Vacation(TUESDAY_DATE, TUESDAY_DATE.plusDays(1))).get();

        // then
        assertThat(slots(dayOf(TUESDAY_DATE))).isEmpty();
        assertThat(slots(dayOf(TUESDAY_DATE.plusDays(1)))).isEmpty();
        assertThat(slots(dayOf(TUESDAY_DATE.plusDays(2)))).isNotEmpty();
    }

    @Test
    void anAbsenceClosesItsHoursAndABookingInThemIsRefused() {
        // given Tuesday 10:00-12:00 away
        add(zoe, new Absence(TUESDAY_DATE, TUESDAY_DATE, LocalInterval.of("10:00", "12:00"))).get();

        // when
        Either<Rejection, Appointment> answer = world.core.requestAppointment().request(anna.id(), new RequestAppointment.Command(consultation.id(), TUESDAY_10));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SLOT_NOT_OFFERED);
        assertThat(slots(TUESDAY)).doesNotContain(TUESDAY_10, TUESDAY_10.plusSeconds(3600)).contains(TUESDAY_10.plusSeconds(2 * 3600));
    }

    @Test
    void anOverrideOpensASaturdayForBooking() {
        // given Saturday 10:00-12:00 in Moscow time
        add(zoe, new DateOverride(SATURDAY, List.of(LocalInterval.of("10:00", "12:00")))).get();
        Instant saturday10 = Instant.parse("2030-01-12T07:00:00Z");

        // when
        Appointment booked = world.requested(anna, consultation, saturday10);

        // then
        assertThat(booked.time().start()).isEqualTo(saturday10);
        assertThat(slots(dayOf(SATURDAY))).containsExactly(saturday10.plusSeconds(3600));
    }

    @Test
    void onlyAProviderMayAddExceptionsAndAClientsAttemptChangesNothing() {
        World.State before = world.state();

        assertThat(add(anna, new Holiday(TUESDAY_DATE)).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aProviderChangesOnlyItsOwnExceptions() {
        // given
        Account mark = world.specialist("Mark");
        add(zoe, new Holiday(TUESDAY_DATE)).get();

        // when mark removes a holiday he does not have
        Either<Rejection, ScheduleExceptions> answer = world.core.removeScheduleException().remove(mark.id(),
                new RemoveScheduleException.Command(new Holiday(TUESDAY_DATE)));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.core.listScheduleExceptions().list(zoe.id()).get()).containsExactly(new Holiday(TUESDAY_DATE));
        assertThat(world.core.listScheduleExceptions().list(mark.id()).get()).isEmpty();
    }

    @Test
    void aRefusedExceptionChangesNothing() {
        // given
        add(zoe, new Vacation(TUESDAY_DATE, TUESDAY_DATE.plusDays(5))).get();
        World.State before = world.state();

        // then
        assertThat(add(zoe, new Holiday(TUESDAY_DATE.plusDays(3))).getLeft().reason()).isEqualTo(Reason.OVERLAPS_ANOTHER_EXCEPTION);
        assertThat(add(zoe, new Holiday(MONDAY.minusDays(1))).getLeft().reason()).isEqualTo(Reason.DATE_PASSED);
        assertThat(add(zoe, new Vacation(MONDAY.plusDays(10), MONDAY.plusDays(100))).getLeft().reason()).isEqualTo(Reason.LONGER_THAN_HORIZON);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void theListShowsWhatIsNotOverYetInDateOrder() {
        // given
        add(zoe, new Holiday(MONDAY.plusDays(9))).get();
        add(zoe, new Absence(MONDAY, MONDAY.plusDays(1), LocalInterval.of("13:00", "14:00"))).get();
        world.clock.set(Instant.parse("2030-01-08T22:00:00Z")); // Wednesday 01:00 in Moscow: the absence is over

        // then
        assertThat(world.core.listScheduleExceptions().list(zoe.id()).get()).containsExactly(new Holiday(MONDAY.plusDays(9)));
    }

    @Test
    void settingTheWeeklyHoursKeepsTheExceptions() {
        // given
        add(zoe, new Holiday(TUESDAY_DATE)).get();

        // when
        world.core.setSchedule().set(zoe.id(), World.WORKDAYS_9_TO_18).get();

        // then
        assertThat(world.core.listScheduleExceptions().list(zoe.id()).get()).containsExactly(new Holiday(TUESDAY_DATE));
        assertThat(slots(TUESDAY)).isEmpty();
    }
}
