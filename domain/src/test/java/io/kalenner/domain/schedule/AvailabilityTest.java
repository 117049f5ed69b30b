package io.kalenner.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static final ZoneId MOSCOW = ZoneOffset.ofHours(3);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Duration HOUR = Duration.ofHours(1);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);

    private static WorkingHours hours(LocalDate date, String... fromTo) {
        LocalInterval[] intervals = new LocalInterval[fromTo.length / 2];
        for (int i = 0; i < intervals.length; i++) {
            intervals[i] = LocalInterval.of(fromTo[2 * i], fromTo[2 * i + 1]);
        }
        return WorkingHours.NONE.with(date.getDayOfWeek(), intervals);
    }

    private static Schedule schedule(WorkingHours hours, Duration buffer, Duration notice, Duration horizon, Option<Duration> step) {
        return new Schedule(hours, buffer, notice, horizon, step);
    }

    private static Schedule plain(WorkingHours hours) {
        return schedule(hours, Duration.ZERO, Duration.ZERO, Duration.ofDays(60), Option.none());
    }

    private static TimeRange wholeDay(LocalDate date, ZoneId zone) {
        return new TimeRange(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static Instant at(LocalDate date, String time, ZoneId zone) {
        return ZonedDateTime.ofLocal(date.atTime(LocalTime.parse(time)), zone, null).toInstant();
    }

    private static List<String> clock(List<Instant> slots, ZoneId zone) {
        return slots.map(slot -> slot.atZone(zone).toLocalTime().toString());
    }

    private static final Instant LONG_BEFORE = Instant.parse("2026-02-20T00:00:00Z");

    @Nested
    class WorkingHoursAndSteps {

        @Test
        void slotsRunBackToBackInsideWorkingHours() {
            // given Monday 09:00-12:00 in UTC+03:00
            Availability availability = new Availability(plain(hours(MONDAY, "09:00", "12:00")), MOSCOW, List.empty());

            // when one-hour slots are asked for that Monday
            List<Instant> slots = availability.freeSlots(HOUR, wholeDay(MONDAY, MOSCOW), LONG_BEFORE);

            // then 09:00, 10:00 and 11:00 are offered, and 12:00 is not (the service would end after closing)
            assertThat(clock(slots, MOSCOW)).containsExactly("09:00", "10:00", "11:00");
            assertThat(slots.head()).isEqualTo(Instant.parse("2026-03-02T06:00:00Z"));
        }

        @Test
        void twoIntervalsADayEachOfferWhatFitsInThem() {
            // given Monday 09:00-12:00 and 13:00-15:00
            Availability availability = new Availability(plain(hours(MONDAY, "09:00", "12:00", "13:00", "15:00")), MOSCOW, List.empty());

            // when 90-minute slots are asked for
            List<Instant> slots = availability.freeSlots(Duration.ofMinutes(90), wholeDay(MONDAY, MOSCOW), LONG_BEFORE);

            // then each interval starts its own run; nothing straddles the lunch break
            assertThat(clock(slots, MOSCOW)).containsExactly("09:00", "10:30", "13:00");
        }

        @Test
        void aSlotStepOffersOverlappingStartTimes() {
            // given a 30-minute slot step
            Schedule schedule = schedule(hours(MONDAY, "09:00", "12:00"), Duration.ZERO, Duration.ZERO, Duration.ofDays(60), Option.some(HALF_HOUR));
            Availability availability = new Availability(schedule, MOSCOW, List.empty());

            // when one-hour slots are asked for
            List<Instant> slots = availability.freeSlots(HOUR, wholeDay(MONDAY, MOSCOW), LONG_BEFORE);

            // then a start is offered every 30 minutes while the hour still fits
            assertThat(clock(slots, MOSCOW)).containsExactly("09:00", "09:30", "10:00", "10:30", "11:00");
        }

        @Test
        void daysWithoutWorkingHoursOfferNothing() {
            // given hours on Monday only
            Availability availability = new Availability(plain(hours(MONDAY, "09:00", "12:00")), MOSCOW, List.empty());

            // when Tuesday is asked for, and an empty schedule for Monday
            // then nothing is offered
            assertThat(availability.freeSlots(HOUR, wholeDay(MONDAY.plusDays(1), MOSCOW), LONG_BEFORE)).isEmpty();
            assertThat(new Availability(Schedule.empty(), MOSCOW, List.empty()).freeSlots(HOUR, wholeDay(MONDAY, MOSCOW), LONG_BEFORE)).isEmpty();
        }

        @Test
        void aWeekWindowRepeatsTheWeeklyHours() {
            // given Monday and Wednesday 10:00-12:00
            WorkingHours hours = WorkingHours.NONE.with(DayOfWeek.MONDAY, LocalInterval.of("10:00", "12:00"))
                    .with(DayOfWeek.WEDNESDAY, LocalInterval.of("10:00", "12:00"));
            Availability availability = new Availability(plain(hours), MOSCOW, List.empty());

            // when two weeks are asked for
            TimeRange twoWeeks = new TimeRange(MONDAY.atStartOfDay(MOSCOW).toInstant(), MONDAY.plusDays(14).atStartOfDay(MOSCOW).toInstant());
            List<Instant> slots = availability.freeSlots(HOUR, twoWeeks, LONG_BEFORE);

            // then two slots on each of the four working days are offered, in order
            assertThat(slots.map(slot -> slot.atZone(MOSCOW).toLocalDateTime().toString())).containsExactly(
                    "2026-03-02T10:00", "2026-03-02T11:00", "2026-03-04T10:00", "2026-03-04T11:00",
                    "2026-03-09T10:00", "2026-03-09T11:00", "2026-03-11T10:00", "2026-03-11T11:00");
        }

        @Test
        void theWindowCutsSlotsByTheirStartOnly() {
            // given Monday 09:00-12:00
            Availability availability = new Availability(plain(hours(MONDAY, "09:00", "12:00")), MOSCOW, List.empty());

            // when the window is 09:30-11:00
            TimeRange window = new TimeRange(at(MONDAY, "09:30", MOSCOW), at(MONDAY, "11:00", MOSCOW));
            List<Instant> slots = availability.freeSlots(HOUR, window, LONG_BEFORE);

            // then only 10:00 starts inside it (11:00 is the window's excluded end)
            assertThat(clock(slots, MOSCOW)).containsExactly("10:00");
        }
    }

    @Nested
    class NoticeAndHorizon {

        @Test
        void slotsSoonerThanTheMinimumNoticeAreNotOffered() {
            // given a two-hour minimum notice and 30-minute steps
            Schedule schedule = schedule(hours(MONDAY, "09:00", "13:00"), Duration.ZERO, Duration.ofHours(2), Duration.ofDays(60), Option.some(HALF_HOUR));
            Availability availability = new Availability(schedule, MOSCOW, List.empty());

            // when asked at 08:30 local that Monday
            List<Instant> slots = availability.freeSlots(HOUR, wholeDay(MONDAY, MOSCOW), at(MONDAY, "08:30", MOSCOW));

            // then the first slot is exactly at 10:30
            assertThat(clock(slots, MOSCOW)).containsExactly("10:30", "11:00", "11:30", "12:00");
        }

        @Test
        void slotsBeyondTheHorizonAreNotOffered() {
            // given a horizon of 7 days and a working Monday
            Schedule schedule = schedule(hours(MONDAY, "09:00", "12:00"), Duration.ZERO, Duration.ZERO, Duration.ofDays(7), Option.none());
            Availability availability = new Availability(schedule, MOSCOW, List.empty());

            // when asked exactly a week before Monday 10:00
            Instant now = at(MONDAY.minusDays(7), "10:00", MOSCOW);
            List<Instant> slots = availability.freeSlots(HOUR, wholeDay(MONDAY, MOSCOW), now);

            // then only 09:00 is within the horizon; 10:00 is its excluded end
            assertThat(clock(slots, MOSCOW)).containsExactly("09:00");
        }

        @Test
        void aWindowEntirelyInThePastOffersNothing() {
            // given a working Monday
            Availability availability = new Availability(plain(hours(MONDAY, "09:00", "12:00")), MOSCOW, List.empty());

            // when asked the day after
            // then nothing is offered
            assertThat(availability.freeSlots(HOUR, wholeDay(MONDAY, MOSCOW), at(MONDAY.plusDays(1), "08:00", MOSCOW))).isEmpty();
        }
    }

    @Nested
    class BusyTimeAndBuffer {

        @Test
        void aBusyAppointmentTakesItsSlot() {
            // given Monday 09:00-12:00 and an appointment 10:00-11:00
            List<TimeRange> busy = List.of(new TimeRange(at(MONDAY, "10:00", MOSCOW), at(MONDAY, "11:00", MOSCOW)));
            Availability availability = new Availability(plain(hours(MONDAY, "09:00", "12:00")), MOSCOW, busy);

            // when one-hour slots are asked for
            List<Instant> slots = availability.freeSlots(HOUR, wholeDay(MONDAY, MOSCOW), LONG_BEFORE);

            // then the touching slots before and after remain
            assertThat(clock(slots, MOSCOW)).containsExactly("09:00", "11:00");
        }

        @Test
        void theBufferKeepsFreeTimeAroundEveryAppointment() {
            // given a 15-minute buffer, 30-minute steps, and an appointment 10:00-11:00
            Schedule schedule = schedule(hours(MONDAY, "09:00", "13:00"), Duration.ofMinutes(15), Duration.ZERO, Duration.ofDays(60), Option.some(HALF_HOUR));
            List<TimeRange> busy = List.of(new TimeRange(at(MONDAY, "10:00", MOSCOW), at(MONDAY, "11:00", MOSCOW)));
            Availability availability = new Availability(schedule, MOSCOW, busy);

            // when one-hour slots are asked for
            List<Instant> slots = availability.freeSlots(HOUR, wholeDay(MONDAY, MOSCOW), LONG_BEFORE);

            // then 09:00 (ends at 10:00) and 11:00 (starts at 11:00) are too close; 11:30 is the first after
            assertThat(clock(slots, MOSCOW)).containsExactly("11:30", "12:00");
        }

        @Test
        void theBufferDoesNotApplyToTheEdgesOfWorkingHours() {
            // given a 15-minute buffer and no appointments
            Schedule schedule = schedule(hours(MONDAY, "09:00", "11:00"), Duration.ofMinutes(15), Duration.ZERO, Duration.ofDays(60), Option.none());
            Availability availability = new Availability(schedule, MOSCOW, List.empty());

            // when one-hour slots are asked for
            // then slots fill the hours exactly
            assertThat(clock(availability.freeSlots(HOUR, wholeDay(MONDAY, MOSCOW), LONG_BEFORE), MOSCOW)).containsExactly("09:00", "10:00");
        }

        @Test
        void overlappingAndUnorderedBusyRangesAreAllRespected() {
            // given appointments given out of order, two of them overlapping, with 30-minute steps
            Schedule schedule = schedule(hours(MONDAY, "09:00", "17:00"), Duration.ZERO, Duration.ZERO, Duration.ofDays(60), Option.some(HALF_HOUR));
            List<TimeRange> busy = List.of(
                    new TimeRange(at(MONDAY, "15:00", MOSCOW), at(MONDAY, "15:30", MOSCOW)),
                    new TimeRange(at(MONDAY, "10:00", MOSCOW), at(MONDAY, "12:00", MOSCOW)),
                    new TimeRange(at(MONDAY, "09:30", MOSCOW), at(MONDAY, "10:30", MOSCOW)),
                    new TimeRange(at(MONDAY, "12:00", MOSCOW), at(MONDAY, "12:30", MOSCOW)));
            Availability availability = new Availability(schedule, MOSCOW, busy);

            // when 30-minute slots are asked for
            List<Instant> slots = availability.freeSlots(HALF_HOUR, wholeDay(MONDAY, MOSCOW), LONG_BEFORE);

            // then every busy half hour is left out
            assertThat(clock(slots, MOSCOW)).containsExactly(
                    "09:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:30", "16:00", "16:30");
        }

        @Test
        void offersSaysWhetherOneStartIsFree() {
            // given Monday 09:00-12:00 with 10:00-11:00 taken
            List<TimeRange> busy = List.of(new TimeRange(at(MONDAY, "10:00", MOSCOW), at(MONDAY, "11:00", MOSCOW)));
            Availability availability = new Availability(plain(hours(MONDAY, "09:00", "12:00")), MOSCOW, busy);

            // when single starts are checked
            // then free grid starts are offered, taken or off-grid ones are not
            assertThat(availability.offers(at(MONDAY, "09:00", MOSCOW), HOUR, LONG_BEFORE)).isTrue();
            assertThat(availability.offers(at(MONDAY, "11:00", MOSCOW), HOUR, LONG_BEFORE)).isTrue();
            assertThat(availability.offers(at(MONDAY, "10:00", MOSCOW), HOUR, LONG_BEFORE)).isFalse();
            assertThat(availability.offers(at(MONDAY, "09:15", MOSCOW), HOUR, LONG_BEFORE)).isFalse();
            assertThat(availability.offers(at(MONDAY, "11:30", MOSCOW), HOUR, LONG_BEFORE)).isFalse();
        }
    }

    @Nested
    class DaylightSaving {

        private static final LocalDate BERLIN_SPRING_FORWARD = LocalDate.of(2026, 3, 29); // 02:00 -> 03:00
        private static final LocalDate BERLIN_FALL_BACK = LocalDate.of(2026, 10, 25); // 03:00 -> 02:00
        private static final LocalDate LORD_HOWE_SPRING_FORWARD = LocalDate.of(2026, 10, 4); // 02:00 -> 02:30
        private static final LocalDate LORD_HOWE_FALL_BACK = LocalDate.of(2026, 4, 5); // 02:00 -> 01:30

        private Schedule halfHourly(LocalDate date, String from, String to) {
            return schedule(hours(date, from, to), Duration.ZERO, Duration.ZERO, Duration.ofDays(400), Option.some(HALF_HOUR));
        }

        private static void assertEveryLocalTimeExistsAndNoInstantRepeats(List<Instant> slots, ZoneId zone) {
            assertThat(slots.distinct()).hasSameSizeAs(slots);
            for (Instant slot : slots) {
                LocalDateTime local = slot.atZone(zone).toLocalDateTime();
                assertThat(zone.getRules().isValidOffset(local, slot.atZone(zone).getOffset())).as(local.toString()).isTrue();
                assertThat(zone.getRules().getTransition(local)).as(local + " is in a gap").matches(t -> t == null || t.isOverlap());
            }
        }

        @Test
        void onTheBerlinSpringForwardDayTheMissingHourIsSkipped() {
            // given Sunday 01:00-05:00 in Berlin with 30-minute steps
            Availability availability = new Availability(halfHourly(BERLIN_SPRING_FORWARD, "01:00", "05:00"), BERLIN, List.empty());

            // when 30-minute slots are asked for the day the clocks jump from 02:00 to 03:00
            List<Instant> slots = availability.freeSlots(HALF_HOUR, wholeDay(BERLIN_SPRING_FORWARD, BERLIN), LONG_BEFORE);

            // then no 02:xx is offered, nothing is doubled, and 01:30 is followed by 03:00 one real half hour later
            assertThat(clock(slots, BERLIN)).containsExactly("01:00", "01:30", "03:00", "03:30", "04:00", "04:30");
            assertThat(slots.get(2)).isEqualTo(slots.get(1).plus(HALF_HOUR)).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
            assertEveryLocalTimeExistsAndNoInstantRepeats(slots, BERLIN);
        }

        @Test
        void onTheBerlinFallBackDayTheRepeatedHourIsOfferedOnceAtItsEarlierInstant() {
            // given Sunday 01:00-04:00 in Berlin with 30-minute steps
            Availability availability = new Availability(halfHourly(BERLIN_FALL_BACK, "01:00", "04:00"), BERLIN, List.empty());

            // when 30-minute slots are asked for the day the clocks go back from 03:00 to 02:00
            List<Instant> slots = availability.freeSlots(HALF_HOUR, wholeDay(BERLIN_FALL_BACK, BERLIN), LONG_BEFORE);

            // then each clock time appears once, 02:00 and 02:30 at their summer-time (+02:00) instants
            assertThat(clock(slots, BERLIN)).containsExactly("01:00", "01:30", "02:00", "02:30", "03:00", "03:30");
            assertThat(slots).contains(Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-10-25T00:30:00Z"))
                    .doesNotContain(Instant.parse("2026-10-25T01:00:00Z"), Instant.parse("2026-10-25T01:30:00Z"));
            assertEveryLocalTimeExistsAndNoInstantRepeats(slots, BERLIN);
        }

        @Test
        void onTheBerlinFallBackDayAServiceMayRunThroughTheRepeatedHour() {
            // given Sunday 01:00-04:00 in Berlin, back-to-back two-hour services
            Schedule schedule = schedule(hours(BERLIN_FALL_BACK, "01:00", "04:00"), Duration.ZERO, Duration.ZERO, Duration.ofDays(400), Option.none());
            Availability availability = new Availability(schedule, BERLIN, List.empty());

            // when asked for that day
            List<Instant> slots = availability.freeSlots(Duration.ofHours(2), wholeDay(BERLIN_FALL_BACK, BERLIN), LONG_BEFORE);

            // then 01:00 (+02:00) is offered and ends at 02:00 (+01:00) on the clock; the next clock step,
            // 03:00 (+01:00), would end at 05:00, after closing
            assertThat(slots).containsExactly(Instant.parse("2026-10-24T23:00:00Z"));
            assertThat(slots.head().plus(Duration.ofHours(2)).atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(2, 0));
        }

        @Test
        void onTheLordHoweSpringForwardDayTheMissingHalfHourIsSkipped() {
            // given Sunday 01:00-04:00 on Lord Howe Island, whose clocks jump 30 minutes, from 02:00 to 02:30
            Availability availability = new Availability(halfHourly(LORD_HOWE_SPRING_FORWARD, "01:00", "04:00"), LORD_HOWE, List.empty());

            // when 30-minute slots are asked for
            List<Instant> slots = availability.freeSlots(HALF_HOUR, wholeDay(LORD_HOWE_SPRING_FORWARD, LORD_HOWE), LONG_BEFORE);

            // then 02:00 is skipped, 02:30 follows 01:30 after one real half hour
            assertThat(clock(slots, LORD_HOWE)).containsExactly("01:00", "01:30", "02:30", "03:00", "03:30");
            assertThat(slots.get(2)).isEqualTo(slots.get(1).plus(HALF_HOUR));
            assertEveryLocalTimeExistsAndNoInstantRepeats(slots, LORD_HOWE);
        }

        @Test
        void onTheLordHoweFallBackDayTheRepeatedHalfHourIsOfferedOnce() {
            // given Sunday 01:00-03:00 on Lord Howe Island, whose clocks go back 30 minutes, from 02:00 to 01:30
            Availability availability = new Availability(halfHourly(LORD_HOWE_FALL_BACK, "01:00", "03:00"), LORD_HOWE, List.empty());

            // when 30-minute slots are asked for
            List<Instant> slots = availability.freeSlots(HALF_HOUR, wholeDay(LORD_HOWE_FALL_BACK, LORD_HOWE), LONG_BEFORE);

            // then 01:30 is offered once, at its earlier (+11:00) instant
            assertThat(clock(slots, LORD_HOWE)).containsExactly("01:00", "01:30", "02:00", "02:30");
            assertThat(slots.get(1)).isEqualTo(Instant.parse("2026-04-04T14:30:00Z"));
            assertEveryLocalTimeExistsAndNoInstantRepeats(slots, LORD_HOWE);
        }

        @Test
        void workingHoursEndingInsideTheSpringForwardGapEndWhenTheClockJumps() {
            // given Sunday 00:00-02:30 in Berlin; on the spring-forward day 02:30 never shows, the clock goes 01:59 -> 03:00
            Availability availability = new Availability(halfHourly(BERLIN_SPRING_FORWARD, "00:00", "02:30"), BERLIN, List.empty());

            // when 30- and 60-minute slots are asked for
            List<Instant> halfHours = availability.freeSlots(HALF_HOUR, wholeDay(BERLIN_SPRING_FORWARD, BERLIN), LONG_BEFORE);
            List<Instant> hours = availability.freeSlots(HOUR, wholeDay(BERLIN_SPRING_FORWARD, BERLIN), LONG_BEFORE);

            // then no slot starts or runs at 03:00 or later on the clock, outside the working hours
            assertThat(clock(halfHours, BERLIN)).containsExactly("00:00", "00:30", "01:00", "01:30");
            assertThat(clock(hours, BERLIN)).containsExactly("00:00", "00:30", "01:00");
        }
    }
}
