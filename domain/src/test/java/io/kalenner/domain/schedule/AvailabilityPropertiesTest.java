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
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Properties of free-slot computation over generated schedules, busy times and windows, with
 * dates drawn around the daylight-saving changes of the zones that have them.
 */
class AvailabilityPropertiesTest {

    private static final java.util.List<String> DST_ZONES = java.util.List.of("Europe/Berlin", "America/New_York", "Australia/Lord_Howe",
            "America/Santiago"); // Santiago's clocks go back from 00:00 to 23:00 of the day before
    private static final java.util.List<String> FIXED_ZONES = java.util.List.of("+03:00", "-09:30", "+05:45", "+00:00", "+14:00");
    private static final java.util.List<String> VIEWER_ZONES = java.util.List.of(
            "+03:00", "-12:00", "+14:00", "+05:45", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kolkata");
    private static final RandomDistribution UNIFORM = RandomDistribution.uniform();
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

    /** One generated situation: the provider's zone and rules, the busy times, the window asked for and the moment of asking. */
    record Scenario(ZoneId zone, WorkingHours hours, Duration service, Option<Duration> step, Duration buffer,
            Duration notice, Duration horizon, ScheduleExceptions exceptions, List<TimeRange> busy, TimeRange window, Instant now) {

        Schedule schedule() {
            return new Schedule(hours, buffer, notice, horizon, step, exceptions);
        }

        /** The date's working intervals as the exceptions say, read here without the code under test: days off win, then an override. */
        List<LocalInterval> workingOn(LocalDate day) {
            boolean dayOff = exceptions.all().exists(e -> (e instanceof ScheduleException.Holiday holiday && holiday.date().equals(day))
                    || (e instanceof ScheduleException.Vacation vacation && !day.isBefore(vacation.first()) && !day.isAfter(vacation.last())));
            if (dayOff) {
                return List.empty();
            }
            return exceptions.all().filter(e -> e instanceof ScheduleException.DateOverride o && o.date().equals(day))
                    .map(e -> ((ScheduleException.DateOverride) e).intervals())
                    .headOption().getOrElse(() -> hours.on(day.getDayOfWeek()));
        }

        /** The instants closed by absences, each from the clock first reaching its start until it first reaches its end. */
        List<TimeRange> absent() {
            java.util.List<TimeRange> ranges = new ArrayList<>();
            for (ScheduleException e : exceptions.all()) {
                if (e instanceof ScheduleException.Absence absence) {
                    for (LocalDate day = absence.first(); !day.isAfter(absence.last()); day = day.plusDays(1)) {
                        Instant from = firstReaching(day.atTime(absence.time().from()), zone);
                        Instant to = firstReaching(day.atTime(absence.time().to()), zone);
                        if (from.isBefore(to)) {
                            ranges.add(new TimeRange(from, to));
                        }
                    }
                }
            }
            return List.ofAll(ranges);
        }

        Availability availability() {
            return new Availability(schedule(), zone, busy);
        }

        List<Instant> slots() {
            return availability().freeSlots(service, window, now);
        }
    }

    // ---------------------------------------------------------------- properties

    @Property
    void noOfferedSlotOverlapsABusyRangeWidenedByTheBuffer(@ForAll("anyZone") Scenario scenario) {
        List<Instant> slots = scenario.slots();
        Statistics.label("slots offered").collect(slots.isEmpty() ? "none" : slots.size() < 10 ? "1-9" : "10+");
        for (Instant slot : slots) {
            TimeRange taken = TimeRange.of(slot, scenario.service());
            for (TimeRange busy : scenario.busy()) {
                assertThat(taken.overlaps(busy.widenedBy(scenario.buffer()))).as("%s overlaps busy %s", taken, busy).isFalse();
            }
        }
    }

    @Property
    void everyOfferedSlotLiesWhollyInsideWorkingTimeOnTheProvidersClock(@ForAll("anyZone") Scenario scenario) {
        for (Instant slot : scenario.slots()) {
            LocalDate day = slot.atZone(scenario.zone()).toLocalDate();
            boolean inside = scenario.workingOn(day)
                    .exists(interval -> liesInside(slot, scenario.service(), scenario.zone(), day, interval));
            assertThat(inside).as("slot %s (%s) for %s inside %s", slot, slot.atZone(scenario.zone()), scenario.service(),
                    scenario.workingOn(day)).isTrue();
        }
    }

    @Property
    void noSlotIsOfferedOnAHolidayOrInAVacation(@ForAll("anyZone") Scenario scenario) {
        List<Instant> slots = scenario.slots();
        Statistics.label("exceptions").collect(scenario.exceptions().all().map(e -> e.getClass().getSimpleName()).distinct().sorted().mkString("+"));
        for (Instant slot : slots) {
            LocalDate day = slot.atZone(scenario.zone()).toLocalDate();
            assertThat(scenario.exceptions().all().filter(e -> e instanceof ScheduleException.Holiday || e instanceof ScheduleException.Vacation)
                    .exists(e -> !day.isBefore(e.first()) && !day.isAfter(e.last())))
                    .as("slot %s on a day off, %s", slot.atZone(scenario.zone()), scenario.exceptions()).isFalse();
        }
    }

    @Property
    void noOfferedSlotOverlapsAnAbsence(@ForAll("anyZone") Scenario scenario) {
        List<TimeRange> absent = scenario.absent();
        for (Instant slot : scenario.slots()) {
            TimeRange taken = TimeRange.of(slot, scenario.service());
            assertThat(absent.find(taken::overlaps)).as("%s overlaps an absence", slot.atZone(scenario.zone())).isEmpty();
        }
    }

    @Property
    void onAnOverriddenDateTheOverridesIntervalsReplaceTheWeekdays(@ForAll("anyZone") Scenario scenario) {
        for (Instant slot : scenario.slots()) {
            LocalDate day = slot.atZone(scenario.zone()).toLocalDate();
            for (ScheduleException e : scenario.exceptions().all()) {
                if (e instanceof ScheduleException.DateOverride override && override.date().equals(day)) {
                    assertThat(override.intervals().exists(interval -> liesInside(slot, scenario.service(), scenario.zone(), day, interval)))
                            .as("%s inside the override %s", slot.atZone(scenario.zone()), override).isTrue();
                }
            }
        }
    }

    @Property
    void everyOfferedSlotHonoursTheWindowTheMinimumNoticeAndTheHorizon(@ForAll("anyZone") Scenario scenario) {
        Instant earliest = scenario.now().plus(scenario.notice());
        Instant horizon = scenario.now().plus(scenario.horizon());
        for (Instant slot : scenario.slots()) {
            assertThat(slot).isAfterOrEqualTo(earliest).isBefore(horizon)
                    .isAfterOrEqualTo(scenario.window().start()).isBefore(scenario.window().end());
        }
    }

    @Property
    void slotsAreInStrictOrderAndNeverRepeatAnInstant(@ForAll("anyZone") Scenario scenario) {
        List<Instant> slots = scenario.slots();
        slots.sliding(2).filter(pair -> pair.size() == 2)
                .forEach(pair -> assertThat(pair.get(0)).isBefore(pair.get(1)));
    }

    @Property
    void inDaylightSavingZonesEverySlotIsAnExistingClockTimeOnTheStepGrid(@ForAll("dstZone") Scenario scenario) {
        Duration step = scenario.schedule().stepFor(scenario.service());
        List<Instant> slots = scenario.slots();
        Statistics.label("window holds a DST change, slots offered")
                .collect(holdsATransition(scenario.zone(), scenario.window()), !slots.isEmpty());
        for (Instant slot : slots) {
            LocalDateTime local = slot.atZone(scenario.zone()).toLocalDateTime();
            // the clock time exists, and it is not the later reading of a repeated time
            assertThat(ZonedDateTime.ofLocal(local, scenario.zone(), null).toInstant()).as("%s read back", local).isEqualTo(slot);
            ZoneOffsetTransition transition = scenario.zone().getRules().getTransition(local);
            assertThat(transition == null || transition.isOverlap()).as("%s is skipped by the clock", local).isTrue();
            // and it is a start time the working hours give: an interval's start plus whole steps
            boolean onGrid = scenario.workingOn(local.toLocalDate()).exists(interval ->
                    !local.toLocalTime().isBefore(interval.from())
                            && Duration.between(interval.from(), local.toLocalTime()).toMinutes() % step.toMinutes() == 0);
            assertThat(onGrid).as("%s on the %s grid of %s", local, step, scenario.workingOn(local.toLocalDate())).isTrue();
        }
    }

    @Property
    void askingDayByDayOnTheProvidersCalendarGivesTheSameSlotsAsAskingForTheWholeRange(@ForAll("anyZone") Scenario scenario) {
        List<Instant> whole = scenario.slots();
        List<Instant> dayByDay = pieces(scenario.window(), scenario.zone())
                .flatMap(day -> scenario.availability().freeSlots(scenario.service(), day, scenario.now()));
        assertThat(dayByDay).isEqualTo(whole);
    }

    @Property
    void offeredInstantsAreTheSameWhateverZoneTheViewerIsIn(
            @ForAll("anyZone") Scenario scenario, @ForAll("viewerZone") ZoneId viewer, @ForAll("viewerZone") ZoneId otherViewer) {
        // a viewer asks day by day on their own calendar; the instants must not depend on whose calendar it is
        Availability availability = scenario.availability();
        List<Instant> seenByViewer = pieces(scenario.window(), viewer)
                .flatMap(day -> availability.freeSlots(scenario.service(), day, scenario.now()));
        List<Instant> seenByOther = pieces(scenario.window(), otherViewer)
                .flatMap(day -> availability.freeSlots(scenario.service(), day, scenario.now()));
        assertThat(seenByViewer).isEqualTo(scenario.slots()).isEqualTo(seenByOther);
    }

    @Property
    void inFixedOffsetZonesTheOfferedSlotsAreExactlyTheFreeGridStarts(@ForAll("fixedZone") Scenario scenario) {
        assertThat(scenario.slots()).isEqualTo(bruteForce(scenario));
    }

    @Property
    void offersAgreesWithTheSlotList(@ForAll("anyZone") Scenario scenario) {
        Availability availability = scenario.availability();
        List<Instant> slots = scenario.slots();
        for (Instant slot : slots.take(20)) {
            assertThat(availability.offers(slot, scenario.service(), scenario.now())).as("%s offered", slot).isTrue();
        }
        for (Instant other : slots.take(20).map(slot -> slot.plusSeconds(60))) {
            if (!slots.contains(other) && scenario.window().start().compareTo(other) <= 0 && other.isBefore(scenario.window().end())) {
                assertThat(availability.offers(other, scenario.service(), scenario.now())).as("%s offered", other).isFalse();
            }
        }
    }

    // ---------------------------------------------------------------- checks

    /**
     * Working time of an interval runs from the moment the provider's clock first reaches its start
     * until the moment it first reaches its end. A slot lies inside when it starts on that day at a
     * clock time within the interval and runs within that span. (When clocks go back inside the span,
     * the repeated readings are still working time; a clock time skipped by a jump is reached at the jump.)
     */
    private static boolean liesInside(Instant start, Duration service, ZoneId zone, LocalDate day, LocalInterval interval) {
        LocalDateTime reading = start.atZone(zone).toLocalDateTime();
        boolean startsInside = reading.toLocalDate().equals(day)
                && !reading.toLocalTime().isBefore(interval.from()) && reading.toLocalTime().isBefore(interval.to());
        Instant opens = firstReaching(day.atTime(interval.from()), zone);
        Instant closes = firstReaching(day.atTime(interval.to()), zone);
        return startsInside && !start.isBefore(opens) && !start.plus(service).isAfter(closes);
    }

    /** The first instant at which the clock of {@code zone} shows {@code local} or later. */
    private static Instant firstReaching(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap().toInstant();
    }

    /** The window cut at every local midnight of {@code zone}. */
    private static List<TimeRange> pieces(TimeRange window, ZoneId zone) {
        java.util.List<TimeRange> pieces = new ArrayList<>();
        Instant from = window.start();
        while (from.isBefore(window.end())) {
            Instant midnight = from.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            Instant to = midnight.isBefore(window.end()) ? midnight : window.end();
            pieces.add(new TimeRange(from, to));
            from = to;
        }
        return List.ofAll(pieces);
    }

    private static boolean holdsATransition(ZoneId zone, TimeRange window) {
        ZoneOffsetTransition next = zone.getRules().nextTransition(window.start().minus(Duration.ofDays(1)));
        return next != null && next.getInstant().isBefore(window.end().plus(Duration.ofDays(1)));
    }

    /** The plain reading of the rules, valid where clock time runs evenly (a fixed offset). */
    private static List<Instant> bruteForce(Scenario s) {
        ZoneOffset offset = (ZoneOffset) s.zone();
        Duration step = s.schedule().stepFor(s.service());
        TreeSet<Instant> expected = new TreeSet<>();
        LocalDate lastDay = s.window().end().atOffset(offset).toLocalDate();
        for (LocalDate day = s.window().start().atOffset(offset).toLocalDate().minusDays(1); !day.isAfter(lastDay); day = day.plusDays(1)) {
            for (LocalInterval interval : s.workingOn(day)) {
                Instant close = day.atTime(interval.to()).toInstant(offset);
                for (LocalDateTime local = day.atTime(interval.from()); local.toLocalDate().equals(day); local = local.plus(step)) {
                    Instant start = local.toInstant(offset);
                    Instant end = start.plus(s.service());
                    boolean fits = !end.isAfter(close);
                    boolean inWindow = !start.isBefore(s.window().start()) && start.isBefore(s.window().end());
                    boolean noticed = !start.isBefore(s.now().plus(s.notice())) && start.isBefore(s.now().plus(s.horizon()));
                    boolean clear = s.busy().forAll(busy ->
                            !(busy.start().isBefore(end.plus(s.buffer())) && start.minus(s.buffer()).isBefore(busy.end())));
                    boolean present = s.absent().forAll(absence -> !absence.overlaps(new TimeRange(start, end)));
                    if (fits && inWindow && noticed && clear && present) {
                        expected.add(start);
                    }
                }
            }
        }
        return List.ofAll(expected);
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Scenario> anyZone() {
        return Arbitraries.oneOf(scenarios(DST_ZONES), scenarios(FIXED_ZONES));
    }

    @Provide
    Arbitrary<Scenario> dstZone() {
        return scenarios(DST_ZONES);
    }

    @Provide
    Arbitrary<Scenario> fixedZone() {
        return scenarios(FIXED_ZONES);
    }

    @Provide
    Arbitrary<ZoneId> viewerZone() {
        return Arbitraries.of(VIEWER_ZONES).map(ZoneId::of);
    }

    private static Arbitrary<Scenario> scenarios(java.util.List<String> zones) {
        return Arbitraries.of(zones).map(ZoneId::of).flatMap(zone -> {
            Arbitrary<Rules> rules = Combinators.combine(
                    weeklyHours(),
                    Arbitraries.integers().between(3, 36).map(fives -> Duration.ofMinutes(5L * fives)),
                    Arbitraries.integers().between(2, 24).map(fives -> Duration.ofMinutes(5L * fives)).optional(0.6),
                    Arbitraries.of(0, 0, 5, 10, 15, 30, 60).map(Duration::ofMinutes),
                    Arbitraries.of(0, 0, 30, 60, 120, 720, 1440).map(Duration::ofMinutes),
                    Arbitraries.integers().between(1, 30).map(Duration::ofDays))
                    .as((hours, service, step, buffer, notice, horizon) ->
                            new Rules(hours, service, step.map(Option::some).orElse(Option.none()), buffer, notice, horizon));
            Arbitrary<TimeRange> windows = Combinators.combine(windowStarts(zone), Arbitraries.integers().between(60, 4 * 24 * 60).withDistribution(UNIFORM))
                    .as((start, lengthMinutes) -> TimeRange.of(start, Duration.ofMinutes(lengthMinutes)));
            return Combinators.combine(rules, windows, Arbitraries.integers().between(-2 * 24 * 60, 6 * 60).withDistribution(UNIFORM), Arbitraries.longs().between(0, 1 << 30))
                    .flatAs((rule, window, nowShiftMinutes, seed) -> Combinators.combine(busyAround(window), exceptionsAround(window, zone))
                            .as((busy, exceptions) -> new Scenario(zone, rule.hours(), rule.service(),
                            rule.step(), rule.buffer(), rule.notice(), rule.horizon(), exceptions, busy, window,
                            window.start().plus(Duration.ofMinutes(nowShiftMinutes)).truncatedTo(ChronoUnit.MINUTES))));
        });
    }

    private record Rules(WorkingHours hours, Duration service, Option<Duration> step, Duration buffer, Duration notice, Duration horizon) {}

    /** Window starts in 2026-2027; in zones with clock changes, two in three start up to 36 hours before a change. */
    private static Arbitrary<Instant> windowStarts(ZoneId zone) {
        Arbitrary<Instant> anyStart = Combinators.combine(Arbitraries.integers().between(0, 729).withDistribution(UNIFORM),
                Arbitraries.integers().between(0, 24 * 60 - 1).withDistribution(UNIFORM))
                .as((day, minute) -> FIRST_DAY.plusDays(day).atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(minute)));
        java.util.List<Instant> changes = new ArrayList<>();
        ZoneOffsetTransition next = zone.getRules().nextTransition(FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant());
        while (next != null && next.getInstant().isBefore(FIRST_DAY.plusYears(2).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            changes.add(next.getInstant());
            next = zone.getRules().nextTransition(next.getInstant());
        }
        if (changes.isEmpty()) {
            return anyStart;
        }
        Arbitrary<Instant> beforeAChange = Combinators.combine(Arbitraries.of(changes), Arbitraries.integers().between(0, 36 * 60).withDistribution(UNIFORM))
                .as((change, minutesBefore) -> change.minus(Duration.ofMinutes(minutesBefore)));
        return Arbitraries.frequencyOf(Tuple.of(1, anyStart), Tuple.of(2, beforeAChange));
    }

    /** Each weekday gets none, one or two intervals on a quarter-hour grid, some in the small hours where clocks change. */
    private static Arbitrary<WorkingHours> weeklyHours() {
        Arbitrary<List<LocalInterval>> none = Arbitraries.just(List.empty());
        Arbitrary<List<LocalInterval>> one = Arbitraries.integers().between(0, 80).flatMap(from ->
                Arbitraries.integers().between(4, 40).map(length -> List.of(interval(from, from + length))));
        Arbitrary<List<LocalInterval>> two = Combinators.combine(
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(4, 24),
                Arbitraries.integers().between(0, 8), Arbitraries.integers().between(2, 24))
                .as((from, first, pause, second) -> {
                    int secondFrom = Math.min(from + first + pause, 94);
                    return List.of(interval(from, from + first), interval(secondFrom, secondFrom + second));
                });
        Arbitrary<List<LocalInterval>> smallHours = Arbitraries.integers().between(0, 12).flatMap(from ->
                Arbitraries.integers().between(from + 2, 24).map(to -> List.of(interval(from, to))));
        Arbitrary<List<LocalInterval>> endingAroundTwo = Arbitraries.integers().between(0, 7).flatMap(from ->
                Arbitraries.integers().between(8, 13).map(to -> List.of(interval(from, to))));
        Arbitrary<List<LocalInterval>> aDay = Arbitraries.frequencyOf(
                Tuple.of(1, none), Tuple.of(3, one), Tuple.of(2, two), Tuple.of(2, smallHours), Tuple.of(2, endingAroundTwo));
        return aDay.list().ofSize(7).map(days -> {
            WorkingHours hours = WorkingHours.NONE;
            for (int i = 0; i < 7; i++) {
                hours = hours.with(DayOfWeek.of(i + 1), days.get(i).toJavaArray(LocalInterval[]::new));
            }
            return hours;
        });
    }

    /** Quarter hours {@code [from, to)}, the end capped at 23:59 as the grammar's 24:00 is. */
    private static LocalInterval interval(int fromQuarter, int toQuarter) {
        LocalTime to = toQuarter >= 96 ? LocalTime.of(23, 59) : quarter(toQuarter);
        return new LocalInterval(quarter(fromQuarter), to);
    }

    private static LocalTime quarter(int index) {
        return LocalTime.of(0, 0).plusMinutes(15L * index);
    }

    /**
     * Up to five holidays, vacations, absences and overrides on the provider's dates in and around
     * the window, kept as the rules keep them (one that clashes with an earlier one is left out).
     */
    private static Arbitrary<ScheduleExceptions> exceptionsAround(TimeRange window, ZoneId zone) {
        LocalDate first = window.start().atZone(zone).toLocalDate().minusDays(1);
        int span = (int) ChronoUnit.DAYS.between(first, window.end().atZone(zone).toLocalDate().plusDays(1));
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, span).map(first::plusDays);
        Arbitrary<ScheduleException> holiday = dates.map(ScheduleException.Holiday::new);
        Arbitrary<ScheduleException> vacation = Combinators.combine(dates, Arbitraries.integers().between(0, 2))
                .as((from, days) -> new ScheduleException.Vacation(from, from.plusDays(days)));
        Arbitrary<ScheduleException> absence = Combinators.combine(dates, Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 90), Arbitraries.integers().between(1, 16))
                .as((from, days, quarter, length) -> new ScheduleException.Absence(from, from.plusDays(days), interval(quarter, Math.min(96, quarter + length))));
        Arbitrary<ScheduleException> override = Combinators.combine(dates, Arbitraries.integers().between(0, 40), Arbitraries.integers().between(4, 24),
                Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 24))
                .as((date, from, first1, pause, second) -> {
                    LocalInterval morning = interval(from, from + first1);
                    int secondFrom = Math.min(from + first1 + pause, 94);
                    return new ScheduleException.DateOverride(date, second < 2 ? List.of(morning) : List.of(morning, interval(secondFrom, secondFrom + second)));
                });
        Arbitrary<ScheduleException> one = Arbitraries.oneOf(holiday, vacation, absence, override);
        return one.list().ofMaxSize(5).map(list -> {
            ScheduleExceptions kept = ScheduleExceptions.NONE;
            for (ScheduleException e : list) {
                kept = kept.add(e, LocalDate.MIN, Duration.ofDays(365)).getOrElse(kept);
            }
            return kept;
        });
    }

    /** Up to 12 busy ranges in and around the window, possibly overlapping each other. */
    private static Arbitrary<List<TimeRange>> busyAround(TimeRange window) {
        long spanMinutes = window.length().toMinutes() + 2 * 24 * 60;
        Instant from = window.start().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MINUTES);
        Arbitrary<TimeRange> one = Combinators.combine(
                Arbitraries.longs().between(0, spanMinutes).withDistribution(UNIFORM), Arbitraries.integers().between(1, 48).map(fives -> Duration.ofMinutes(5L * fives)))
                .as((offset, length) -> TimeRange.of(from.plus(Duration.ofMinutes(offset)), length));
        return one.list().ofMaxSize(12).map(List::ofAll);
    }
}
