package io.kalenner.domain.benchmark;

import io.kalenner.domain.schedule.Availability;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.ScheduleException;
import io.kalenner.domain.schedule.ScheduleExceptions;
import io.kalenner.domain.schedule.WorkingHours;
import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Free slots for one provider in Europe/Berlin working 09:00-13:00 and 14:00-19:00 every day,
 * 60-minute service, 30-minute step, 10-minute buffer, with {@code appointments} busy ranges
 * spread over the queried window (30 days, or 365 days). "query" builds the availability from
 * the appointments (as a request does after loading them) and computes the slots; "slotsOnly"
 * reuses a built one; "withExceptions" adds two holidays, a five-day vacation, a daily absence
 * over the whole month and two date overrides.
 *
 * <p>Run: {@code ./mvnw -B -ntp -pl domain -Pbench process-test-classes}
 * (JMH options via {@code -Djmh.args="FreeSlotsBenchmark -f 1 -wi 2 -i 3"}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FreeSlotsBenchmark {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration SERVICE = Duration.ofMinutes(60);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1); // the window holds the spring-forward day
    private static final Instant NOW = FIRST_DAY.minusDays(1).atTime(12, 0).atZone(BERLIN).toInstant();

    @Param({"100", "1000", "10000"})
    public int appointments;

    private Schedule schedule;
    private TimeRange month;
    private TimeRange year;
    private java.util.List<TimeRange> busyInMonth;
    private java.util.List<TimeRange> busyInYear;
    private Availability builtForMonth;
    private Schedule withExceptions;

    @Setup(Level.Trial)
    public void setUp() {
        LocalInterval morning = LocalInterval.of("09:00", "13:00");
        LocalInterval afternoon = LocalInterval.of("14:00", "19:00");
        WorkingHours hours = WorkingHours.NONE;
        for (DayOfWeek day : DayOfWeek.values()) {
            hours = hours.with(day, morning, afternoon);
        }
        schedule = new Schedule(hours, Duration.ofMinutes(10), Duration.ofHours(2), Duration.ofDays(400), Option.some(Duration.ofMinutes(30)));
        month = window(30);
        year = window(365);
        busyInMonth = appointments(30, new SplittableRandom(30));
        busyInYear = appointments(365, new SplittableRandom(365));
        builtForMonth = new Availability(schedule, BERLIN, busyInMonth);
        withExceptions = schedule.withExceptions(ScheduleExceptions.of(
                new ScheduleException.Holiday(FIRST_DAY.plusDays(3)),
                new ScheduleException.Holiday(FIRST_DAY.plusDays(17)),
                new ScheduleException.Vacation(FIRST_DAY.plusDays(20), FIRST_DAY.plusDays(24)),
                new ScheduleException.Absence(FIRST_DAY, FIRST_DAY.plusDays(29), LocalInterval.of("16:00", "16:45")),
                new ScheduleException.DateOverride(FIRST_DAY.plusDays(6), List.of(LocalInterval.of("10:00", "14:00"))),
                new ScheduleException.DateOverride(FIRST_DAY.plusDays(13), List.of(LocalInterval.of("08:00", "12:00"), LocalInterval.of("18:00", "21:00")))));
    }

    @Benchmark
    public List<Instant> query30DaysWithExceptions() {
        return new Availability(withExceptions, BERLIN, busyInMonth).freeSlots(SERVICE, month, NOW);
    }

    @Benchmark
    public List<Instant> query30Days() {
        return new Availability(schedule, BERLIN, busyInMonth).freeSlots(SERVICE, month, NOW);
    }

    @Benchmark
    public List<Instant> slotsOnly30Days() {
        return builtForMonth.freeSlots(SERVICE, month, NOW);
    }

    @Benchmark
    public List<Instant> query365Days() {
        return new Availability(schedule, BERLIN, busyInYear).freeSlots(SERVICE, year, NOW);
    }

    private static TimeRange window(int days) {
        return new TimeRange(FIRST_DAY.atStartOfDay(BERLIN).toInstant(), FIRST_DAY.plusDays(days).atStartOfDay(BERLIN).toInstant());
    }

    /** Appointments of 30 to 90 minutes starting on the quarter hour inside working hours, on random days of the window. */
    private java.util.List<TimeRange> appointments(int days, SplittableRandom random) {
        java.util.List<TimeRange> busy = new ArrayList<>(appointments);
        for (int i = 0; i < appointments; i++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(days));
            int quarter = 36 + random.nextInt(40); // 09:00 .. 18:45
            Instant start = day.atStartOfDay(BERLIN).plusMinutes(15L * quarter).toInstant();
            busy.add(TimeRange.of(start, Duration.ofMinutes(30L + 15L * random.nextInt(5))));
        }
        return busy;
    }
}
