package io.kalenner.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.schedule.ScheduleException.Absence;
import io.kalenner.domain.schedule.ScheduleException.DateOverride;
import io.kalenner.domain.schedule.ScheduleException.Holiday;
import io.kalenner.domain.schedule.ScheduleException.Vacation;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ScheduleExceptionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final Duration HORIZON = Duration.ofDays(60);
    private static final ZoneId MOSCOW = ZoneOffset.ofHours(3);
    private static final Instant LONG_BEFORE = Instant.parse("2026-11-01T00:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 13);
    private static final WorkingHours WEEKDAYS = WorkingHoursGrammar.parse("пн-пт 09:00-12:00").get();

    private static Reason refusal(Either<Rejection, ?> result) {
        return result.getLeft().reason();
    }

    private static ScheduleExceptions add(ScheduleExceptions to, ScheduleException exception) {
        return to.add(exception, TODAY, HORIZON).get();
    }

    @Nested
    class Validation {

        @Test
        void aVacationEndingBeforeItStartsIsRefused() {
            assertThat(refusal(ScheduleException.vacation(TODAY.plusDays(10), TODAY.plusDays(9)))).isEqualTo(Reason.END_BEFORE_START);
        }

        @Test
        void anAbsenceWhoseClockTimeEndsBeforeItStartsIsRefused() {
            assertThat(refusal(ScheduleException.absence(MONDAY, MONDAY, LocalTime.of(15, 0), LocalTime.of(13, 0))))
                    .isEqualTo(Reason.END_BEFORE_START);
        }

        @Test
        void anOverrideWithoutWorkingIntervalsOrWithOverlappingOnesIsRefused() {
            assertThat(refusal(ScheduleException.override(MONDAY, List.empty()))).isEqualTo(Reason.INVALID_INPUT);
            assertThat(refusal(ScheduleException.override(MONDAY, List.of(LocalInterval.of("09:00", "12:00"), LocalInterval.of("11:00", "13:00")))))
                    .isEqualTo(Reason.INVALID_INPUT);
        }

        @Test
        void aVacationOverlappingAnotherIsRefusedAndChangesNothing() {
            ScheduleExceptions one = add(ScheduleExceptions.NONE, new Vacation(TODAY.plusDays(10), TODAY.plusDays(20)));

            Either<Rejection, ScheduleExceptions> second = one.add(new Vacation(TODAY.plusDays(20), TODAY.plusDays(25)), TODAY, HORIZON);

            assertThat(second.getLeft()).isEqualTo(Rejection.of(Reason.OVERLAPS_ANOTHER_EXCEPTION, TODAY.plusDays(10)));
            assertThat(one.all()).hasSize(1);
        }

        @Test
        void aHolidayInsideAVacationOrTwiceIsRefused() {
            ScheduleExceptions some = add(add(ScheduleExceptions.NONE, new Vacation(TODAY.plusDays(10), TODAY.plusDays(20))), new Holiday(TODAY.plusDays(30)));

            assertThat(refusal(some.add(new Holiday(TODAY.plusDays(15)), TODAY, HORIZON))).isEqualTo(Reason.OVERLAPS_ANOTHER_EXCEPTION);
            assertThat(refusal(some.add(new Holiday(TODAY.plusDays(30)), TODAY, HORIZON))).isEqualTo(Reason.OVERLAPS_ANOTHER_EXCEPTION);
        }

        @Test
        void twoOverridesOfOneDateAndOverlappingAbsencesAreRefusedButAbsencesSideBySideAreNot() {
            ScheduleExceptions some = add(add(ScheduleExceptions.NONE, new DateOverride(MONDAY, List.of(LocalInterval.of("10:00", "11:00")))),
                    new Absence(MONDAY, MONDAY.plusDays(2), LocalInterval.of("13:00", "15:00")));

            assertThat(refusal(some.add(new DateOverride(MONDAY, List.of(LocalInterval.of("12:00", "13:00"))), TODAY, HORIZON)))
                    .isEqualTo(Reason.OVERLAPS_ANOTHER_EXCEPTION);
            assertThat(refusal(some.add(new Absence(MONDAY.plusDays(2), MONDAY.plusDays(2), LocalInterval.of("14:00", "16:00")), TODAY, HORIZON)))
                    .isEqualTo(Reason.OVERLAPS_ANOTHER_EXCEPTION);
            assertThat(some.add(new Absence(MONDAY.plusDays(2), MONDAY.plusDays(2), LocalInterval.of("15:00", "16:00")), TODAY, HORIZON).isRight()).isTrue();
        }

        @Test
        void aRangeLongerThanTheHorizonIsRefused() {
            Either<Rejection, ScheduleExceptions> tooLong = ScheduleExceptions.NONE.add(new Vacation(TODAY, TODAY.plusDays(60)), TODAY, HORIZON);

            assertThat(tooLong.getLeft()).isEqualTo(Rejection.of(Reason.LONGER_THAN_HORIZON, 60));
            assertThat(ScheduleExceptions.NONE.add(new Vacation(TODAY, TODAY.plusDays(59)), TODAY, HORIZON).isRight()).isTrue();
        }

        @Test
        void anExceptionWhollyInThePastIsRefusedButOneRunningThroughTodayIsNot() {
            assertThat(refusal(ScheduleExceptions.NONE.add(new Holiday(TODAY.minusDays(1)), TODAY, HORIZON))).isEqualTo(Reason.DATE_PASSED);
            assertThat(ScheduleExceptions.NONE.add(new Vacation(TODAY.minusDays(3), TODAY), TODAY, HORIZON).isRight()).isTrue();
        }

        @Test
        void removingAnExceptionThatIsNotThereIsNotFound() {
            ScheduleExceptions one = add(ScheduleExceptions.NONE, new Holiday(TODAY.plusDays(3)));

            assertThat(refusal(one.remove(new Holiday(TODAY.plusDays(4))))).isEqualTo(Reason.NOT_FOUND);
            assertThat(one.remove(new Holiday(TODAY.plusDays(3))).get()).isEqualTo(ScheduleExceptions.NONE);
        }

        @Test
        void exceptionsAreKeptInDateOrderWhateverOrderTheyCameIn() {
            ScheduleExceptions some = add(add(add(ScheduleExceptions.NONE, new Holiday(TODAY.plusDays(9))), new Vacation(TODAY.plusDays(2), TODAY.plusDays(4))),
                    new Absence(TODAY.plusDays(5), TODAY.plusDays(5), LocalInterval.of("10:00", "11:00")));

            assertThat(some.all().map(ScheduleException::first)).containsExactly(TODAY.plusDays(2), TODAY.plusDays(5), TODAY.plusDays(9));
        }
    }

    @Nested
    class HowTheyCombine {

        private List<String> slotsOn(LocalDate date, ScheduleException... exceptions) {
            Schedule schedule = new Schedule(WEEKDAYS, Duration.ZERO, Duration.ZERO, HORIZON, io.vavr.control.Option.none())
                    .withExceptions(ScheduleExceptions.of(exceptions));
            TimeRange day = new TimeRange(date.atStartOfDay(MOSCOW).toInstant(), date.plusDays(1).atStartOfDay(MOSCOW).toInstant());
            return new Availability(schedule, MOSCOW, List.empty()).freeSlots(Duration.ofHours(1), day, LONG_BEFORE)
                    .map(slot -> slot.atZone(MOSCOW).toLocalTime().toString());
        }

        @Test
        void aHolidayOffersNothing() {
            assertThat(slotsOn(MONDAY, new Holiday(MONDAY))).isEmpty();
            assertThat(slotsOn(MONDAY.plusDays(1), new Holiday(MONDAY))).containsExactly("09:00", "10:00", "11:00");
        }

        @Test
        void aVacationOffersNothingOnAnyOfItsDatesTheLastIncluded() {
            assertThat(slotsOn(MONDAY, new Vacation(MONDAY, MONDAY.plusDays(2)))).isEmpty();
            assertThat(slotsOn(MONDAY.plusDays(2), new Vacation(MONDAY, MONDAY.plusDays(2)))).isEmpty();
            assertThat(slotsOn(MONDAY.plusDays(3), new Vacation(MONDAY, MONDAY.plusDays(2)))).hasSize(3);
        }

        @Test
        void anAbsenceClosesItsClockTimesAndLeavesTheGridOfTheRest() {
            assertThat(slotsOn(MONDAY, new Absence(MONDAY, MONDAY, LocalInterval.of("09:30", "10:00")))).containsExactly("10:00", "11:00");
        }

        @Test
        void anOverrideReplacesTheWeekdaysHoursAndMayOpenAFreeDay() {
            List<LocalInterval> evening = List.of(LocalInterval.of("18:00", "20:00"));

            assertThat(slotsOn(MONDAY, new DateOverride(MONDAY, evening))).containsExactly("18:00", "19:00");
            assertThat(slotsOn(SUNDAY, new DateOverride(SUNDAY, evening))).containsExactly("18:00", "19:00");
        }

        @Test
        void aHolidayWinsOverAnOverrideOfTheSameDate() {
            assertThat(slotsOn(SUNDAY, new DateOverride(SUNDAY, List.of(LocalInterval.of("18:00", "20:00"))), new Holiday(SUNDAY))).isEmpty();
        }

        @Test
        void anAbsenceAlsoClosesPartOfAnOverride() {
            assertThat(slotsOn(SUNDAY, new DateOverride(SUNDAY, List.of(LocalInterval.of("18:00", "21:00"))),
                    new Absence(SUNDAY, SUNDAY, LocalInterval.of("19:00", "20:00")))).containsExactly("18:00", "20:00");
        }

        @Test
        void anAbsenceOnTheDayClocksGoBackClosesTheFirstReadingOfItsTimesOnwards() {
            // Berlin, 25.10.2026: 03:00 becomes 02:00 again; an absence 02:00-03:00 closes both readings
            ZoneId berlin = ZoneId.of("Europe/Berlin");
            LocalDate fallBack = LocalDate.of(2026, 10, 25);
            Schedule schedule = new Schedule(WorkingHours.NONE.with(DayOfWeek.SUNDAY, LocalInterval.of("01:00", "05:00")), Duration.ZERO,
                    Duration.ZERO, HORIZON, io.vavr.control.Option.none())
                    .withExceptions(ScheduleExceptions.of(new Absence(fallBack, fallBack, LocalInterval.of("02:00", "03:00"))));
            TimeRange day = new TimeRange(fallBack.atStartOfDay(berlin).toInstant(), fallBack.plusDays(1).atStartOfDay(berlin).toInstant());

            List<Instant> slots = new Availability(schedule, berlin, List.empty()).freeSlots(Duration.ofHours(1), day, Instant.parse("2026-10-01T00:00:00Z"));

            assertThat(slots).containsExactly(
                    ZonedDateTime.of(fallBack, LocalTime.of(1, 0), berlin).toInstant(),
                    ZonedDateTime.of(fallBack, LocalTime.of(3, 0), berlin).toInstant(),
                    ZonedDateTime.of(fallBack, LocalTime.of(4, 0), berlin).toInstant());
        }
    }

    @Nested
    class WorkingTime {

        private final Schedule week = Schedule.empty().withHours(WorkingHoursGrammar.parse("пн-пт 09:00-12:00 13:00-18:00").get());

        @Test
        void absencesAreCutOutOfTheDaysIntervalsAndOtherDatesKeepTheirHours() {
            // given: an absence across the lunch break, and one at the day's end
            Schedule schedule = week.withExceptions(ScheduleExceptions.of(
                    ScheduleException.absence(MONDAY, MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 0)).get(),
                    ScheduleException.absence(MONDAY, MONDAY, LocalTime.of(17, 0), LocalTime.of(19, 0)).get()));

            // then
            assertThat(schedule.workingTimeOn(MONDAY)).containsExactly(LocalInterval.of("09:00", "11:00"), LocalInterval.of("14:00", "17:00"));
            assertThat(schedule.workingTimeOn(MONDAY.plusDays(1))).containsExactly(LocalInterval.of("09:00", "12:00"), LocalInterval.of("13:00", "18:00"));
        }

        @Test
        void anAbsenceInsideAnIntervalSplitsItAndAHolidayLeavesNothing() {
            Schedule schedule = week.withExceptions(ScheduleExceptions.of(
                    ScheduleException.absence(MONDAY, MONDAY, LocalTime.of(10, 0), LocalTime.of(10, 30)).get(),
                    new ScheduleException.Holiday(MONDAY.plusDays(1))));

            assertThat(schedule.workingTimeOn(MONDAY)).containsExactly(LocalInterval.of("09:00", "10:00"), LocalInterval.of("10:30", "12:00"),
                    LocalInterval.of("13:00", "18:00"));
            assertThat(schedule.workingTimeOn(MONDAY.plusDays(1))).isEmpty();
            assertThat(schedule.workingTimeOn(SUNDAY)).isEmpty();
        }
    }
}
