package io.kalenner.domain.schedule;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.kalenner.domain.time.TimeRange;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A departure from the weekly working hours on some dates of the provider's own calendar.
 * Holidays and vacations are days off; an absence takes a clock-time range out of each of its
 * dates; an override replaces a date's working intervals (and may open a day the week keeps
 * free). How they combine is {@link ScheduleExceptions}'s to say.
 */
public sealed interface ScheduleException
        permits ScheduleException.Holiday, ScheduleException.Vacation, ScheduleException.Absence, ScheduleException.DateOverride {

    /** The first date it touches. */
    LocalDate first();

    /** The last date it touches (inclusive). */
    LocalDate last();

    /** Whether it may not stand beside {@code other}: two days off on a shared date, two overrides of one date, two absences overlapping. */
    default boolean clashesWith(ScheduleException other) {
        if (!sharesADateWith(other)) {
            return false;
        }
        if (isDayOff() || other.isDayOff()) {
            return isDayOff() && other.isDayOff();
        }
        if (this instanceof Absence absence) {
            return other instanceof Absence otherAbsence && absence.time().overlaps(otherAbsence.time());
        }
        return this instanceof DateOverride && other instanceof DateOverride;
    }

    /** Whether it is a holiday or a vacation. */
    default boolean isDayOff() {
        return this instanceof Holiday || this instanceof Vacation;
    }

    default boolean covers(LocalDate date) {
        return !date.isBefore(first()) && !date.isAfter(last());
    }

    default boolean sharesADateWith(ScheduleException other) {
        return !other.last().isBefore(first()) && !last().isBefore(other.first());
    }

    /**
     * The moments it takes out of work, read in the provider's zone: each whole day of a holiday
     * or a vacation, the clock-time range on each date of an absence. An override takes none: it
     * sets a date's hours rather than closing some, and is not offered to cancel appointments.
     */
    default List<TimeRange> closedTimes(ZoneId zone) {
        List<LocalDate> dates = List.range(0L, days()).map(first()::plusDays);
        if (isDayOff()) {
            return List.of(new TimeRange(first().atStartOfDay(zone).toInstant(), last().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        if (this instanceof Absence absence) {
            return dates.map(date -> new TimeRange(date.atTime(absence.time().from()).atZone(zone).toInstant(),
                    date.atTime(absence.time().to()).atZone(zone).toInstant()));
        }
        return List.empty();
    }

    /** Whether any of its {@link #closedTimes} overlaps the time. */
    default boolean closes(TimeRange time, ZoneId zone) {
        return closedTimes(zone).exists(closed -> closed.overlaps(time));
    }

    /** How many dates it touches. */
    default long days() {
        return ChronoUnit.DAYS.between(first(), last()) + 1;
    }

    static Either<Rejection, ScheduleException> vacation(LocalDate first, LocalDate last) {
        return last.isBefore(first) ? Rejection.of(Reason.END_BEFORE_START, first + ".." + last).asLeft() : Either.right(new Vacation(first, last));
    }

    static Either<Rejection, ScheduleException> absence(LocalDate first, LocalDate last, java.time.LocalTime from, java.time.LocalTime to) {
        if (last.isBefore(first) || !to.isAfter(from)) {
            return Rejection.of(Reason.END_BEFORE_START, first + ".." + last + " " + from + "-" + to).asLeft();
        }
        return Either.right(new Absence(first, last, new LocalInterval(from, to)));
    }

    static Either<Rejection, ScheduleException> override(LocalDate date, List<LocalInterval> intervals) {
        if (intervals.isEmpty()) {
            return Rejection.of(Reason.INVALID_INPUT, "an override has working intervals").asLeft();
        }
        if (overlapping(intervals)) {
            return Rejection.of(Reason.INVALID_INPUT, "overlapping intervals " + intervals.mkString(" ")).asLeft();
        }
        return Either.right(new DateOverride(date, intervals));
    }

    private static boolean overlapping(List<LocalInterval> intervals) {
        return intervals.sortBy(LocalInterval::from).sliding(2).exists(pair -> pair.size() == 2 && pair.get(0).overlaps(pair.get(1)));
    }

    /** A single date without work. */
    record Holiday(LocalDate date) implements ScheduleException {
        public Holiday {
            Objects.requireNonNull(date, "date");
        }

        @Override public LocalDate first() { return date; }

        @Override public LocalDate last() { return date; }
    }

    /** The dates from {@code first} to {@code last}, both included, without work. */
    record Vacation(LocalDate first, LocalDate last) implements ScheduleException {
        public Vacation {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("a vacation ends on or after its first day: " + first + ".." + last);
            }
        }
    }

    /** On each date from {@code first} to {@code last}, the clock times {@code time} are not worked. */
    record Absence(LocalDate first, LocalDate last, LocalInterval time) implements ScheduleException {
        public Absence {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
            Objects.requireNonNull(time, "time");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("an absence ends on or after its first day: " + first + ".." + last);
            }
        }
    }

    /** On {@code date}, the working intervals are these instead of the weekday's. */
    record DateOverride(LocalDate date, List<LocalInterval> intervals) implements ScheduleException {
        public DateOverride {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(intervals, "intervals");
            if (intervals.isEmpty() || overlapping(intervals)) {
                throw new IllegalArgumentException("an override has working intervals that do not overlap: " + intervals);
            }
            intervals = intervals.sortBy(LocalInterval::from);
        }

        @Override public LocalDate first() { return date; }

        @Override public LocalDate last() { return date; }
    }
}
