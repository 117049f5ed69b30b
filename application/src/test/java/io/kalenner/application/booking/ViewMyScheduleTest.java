package io.kalenner.application.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.booking.ViewMySchedule.Day;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.ScheduleException;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeSetting;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A provider's own schedule for a range of dates: working time after exceptions, and the appointments that hold time (D62). */
class ViewMyScheduleTest {

    private static final LocalDate TUESDAY = LocalDate.of(2030, 1, 8);

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final Account anna = world.clientOf(zoe, "Anna");
    private final Account bob = world.clientOf(zoe, "Bob");

    /** The date at the hour in Moscow time (every account's default setting). */
    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).toInstant(ZoneOffset.ofHours(3));
    }

    private Either<Rejection, List<Day>> view(Account actor, LocalDate from, LocalDate to) {
        return world.core.viewMySchedule().view(actor.id(), new ViewMySchedule.Command(from, to));
    }

    private static List<Appointment> appointments(Day day) {
        return day.appointments().map(AppointmentView::appointment);
    }

    private void except(Account provider, ScheduleException exception) {
        world.core.addScheduleException().add(provider.id(), new AddScheduleException.Command(exception)).get();
    }

    @Test
    void givenExceptionsAndAppointmentsWhenTheSpecialistLooksAtThreeDatesThenEachShowsItsWorkingTimeAndWhatHoldsIt() {
        // given: an absence on Tuesday, a holiday on Wednesday
        except(zoe, ScheduleException.absence(TUESDAY, TUESDAY, LocalTime.of(13, 0), LocalTime.of(14, 0)).get());
        except(zoe, new ScheduleException.Holiday(TUESDAY.plusDays(1)));
        // and on Tuesday a pending request, an accepted appointment and a cancelled one; on Thursday one more
        Appointment accepted = world.core.answerRequest().accept(zoe.id(), world.requested(bob, consultation, at(TUESDAY, 15)).id()).get();
        Appointment pending = world.requested(anna, consultation, at(TUESDAY, 10));
        Appointment cancelled = world.requested(anna, consultation, at(TUESDAY, 16));
        world.core.cancelAppointment().cancel(anna.id(), cancelled.id(), Option.none()).get();
        Appointment thursday = world.requested(bob, consultation, at(TUESDAY.plusDays(2), 9));

        // when
        List<Day> days = view(zoe, TUESDAY, TUESDAY.plusDays(2)).get();

        // then
        assertThat(days.map(Day::date)).containsExactly(TUESDAY, TUESDAY.plusDays(1), TUESDAY.plusDays(2));
        assertThat(days.get(0).working()).containsExactly(LocalInterval.of("09:00", "13:00"), LocalInterval.of("14:00", "18:00"));
        assertThat(appointments(days.get(0))).containsExactly(pending, accepted);
        assertThat(days.get(1).working()).isEmpty();
        assertThat(days.get(1).appointments()).isEmpty();
        assertThat(days.get(2).working()).containsExactly(LocalInterval.of("09:00", "18:00"));
        assertThat(appointments(days.get(2))).containsExactly(thursday);
    }

    @Test
    void givenTheSpecialistsOwnTimeSettingWhenItLooksThenAppointmentsFallOnItsOwnDates() {
        // given: Tuesday 09:00 in Moscow is Monday 22:00 at UTC−08:00
        Appointment early = world.requested(anna, consultation, at(TUESDAY, 9));
        world.core.changeSettings().setTimeSetting(zoe.id(), TimeSetting.fixed(ZoneOffset.ofHours(-8)).get()).get();

        // when
        List<Day> days = view(zoe, TUESDAY.minusDays(1), TUESDAY).get();

        // then
        assertThat(appointments(days.get(0))).containsExactly(early);
        assertThat(days.get(1).appointments()).isEmpty();
    }

    @Test
    void givenAnOrganizationWhenItAndAMemberLookThenTheMemberSeesItsHoursAndWhatItPerformsAndTheOrganizationAllItsAppointments() {
        // given
        Account clinic = world.organization("Clinic");
        Account mark = world.memberOf(clinic, "Mark");
        Account vera = world.memberOf(clinic, "Vera");
        Service lesson = world.service(clinic, "Lesson", Duration.ofHours(1));
        Account pupil = world.clientOf(clinic, "Pupil");
        Appointment withMark = world.core.requestAppointment().request(pupil.id(),
                new RequestAppointment.Command(lesson.id(), at(TUESDAY, 11), Option.some(mark.id()))).get();
        Appointment withVera = world.core.requestAppointment().request(pupil.id(),
                new RequestAppointment.Command(lesson.id(), at(TUESDAY, 12), Option.some(vera.id()))).get();

        // when
        Day marksTuesday = view(mark, TUESDAY, TUESDAY).get().head();
        Day clinicsTuesday = view(clinic, TUESDAY, TUESDAY).get().head();

        // then
        assertThat(marksTuesday.working()).containsExactly(LocalInterval.of("09:00", "18:00"));
        assertThat(appointments(marksTuesday)).containsExactly(withMark);
        assertThat(clinicsTuesday.working()).isEmpty();
        assertThat(appointments(clinicsTuesday)).containsExactly(withMark, withVera);
    }

    @Test
    void givenAClientWhenItAsksThenItIsNotAProvider() {
        assertThat(view(anna, TUESDAY, TUESDAY).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
    }

    @Test
    void givenARangeEndingBeforeItStartsOrLongerThanAMonthThenItIsRefused() {
        assertThat(view(zoe, TUESDAY, TUESDAY.minusDays(1)).getLeft().reason()).isEqualTo(Reason.END_BEFORE_START);
        assertThat(view(zoe, TUESDAY, TUESDAY.plusDays(ViewMySchedule.MAX_DAYS)).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(view(zoe, TUESDAY, TUESDAY.plusDays(ViewMySchedule.MAX_DAYS - 1)).get()).hasSize(ViewMySchedule.MAX_DAYS);
    }
}
