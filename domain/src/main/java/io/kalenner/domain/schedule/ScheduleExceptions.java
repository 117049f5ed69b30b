package io.kalenner.domain.schedule;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.schedule.ScheduleException.Absence;
import io.kalenner.domain.schedule.ScheduleException.DateOverride;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * A provider's schedule exceptions, in order of their first date, and how they combine on a
 * date: a holiday or vacation wins, so the date has no work whatever else is said of it;
 * otherwise an override's intervals replace the weekday's; then absences take their clock
 * times out of what is left. No two exceptions clash (see {@link ScheduleException#clashesWith}).
 */
public record ScheduleExceptions(List<ScheduleException> all) {

    private static final Comparator<ScheduleException> ORDER = Comparator.comparing(ScheduleException::first)
            .thenComparing(ScheduleException::last)
            .thenComparing(e -> e.getClass().getSimpleName())
            .thenComparing(e -> e instanceof Absence absence ? absence.time().from().toString() : "");

    // declared after ORDER, which the constructor needs
    public static final ScheduleExceptions NONE = new ScheduleExceptions(List.empty());

    public ScheduleExceptions {
        Objects.requireNonNull(all, "all");
        all.forEach(e -> Objects.requireNonNull(e, "exception"));
        all = all.sorted(ORDER);
    }

    public static ScheduleExceptions of(ScheduleException... exceptions) {
        return new ScheduleExceptions(List.of(exceptions));
    }

    /**
     * Adds one, unless it ends before {@code today} (the provider's date now)
     * ({@code DATE_PASSED}), spans more days than the booking horizon ({@code LONGER_THAN_HORIZON}),
     * or clashes with one already there ({@code OVERLAPS_ANOTHER_EXCEPTION}, detail: the other's first date).
     */
    public Either<Rejection, ScheduleExceptions> add(ScheduleException exception, LocalDate today, Duration horizon) {
        Objects.requireNonNull(exception, "exception");
        if (exception.last().isBefore(today)) {
            return Rejection.of(Reason.DATE_PASSED, exception.last()).asLeft();
        }
        long horizonDays = Math.max(1, horizon.toDays());
        if (exception.days() > horizonDays) {
            return Rejection.of(Reason.LONGER_THAN_HORIZON, horizonDays).asLeft();
        }
        Option<ScheduleException> clash = all.find(exception::clashesWith);
        if (clash.isDefined()) {
            return Rejection.of(Reason.OVERLAPS_ANOTHER_EXCEPTION, clash.get().first()).asLeft();
        }
        return Either.right(new ScheduleExceptions(all.append(exception)));
    }

    /** Removes one equal to {@code exception}; {@code NOT_FOUND} when there is none. */
    public Either<Rejection, ScheduleExceptions> remove(ScheduleException exception) {
        return all.contains(exception)
                ? Either.right(new ScheduleExceptions(all.remove(exception)))
                : Rejection.of(Reason.NOT_FOUND).asLeft();
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    /** Whether a holiday or a vacation covers {@code date}. */
    public boolean isDayOff(LocalDate date) {
        return all.exists(e -> e.isDayOff() && e.covers(date));
    }

    /** The override of {@code date}'s working intervals, if there is one. */
    public Option<List<LocalInterval>> overrideOn(LocalDate date) {
        return all.find(e -> e instanceof DateOverride && e.covers(date)).map(e -> ((DateOverride) e).intervals());
    }

    /** The clock times absences take out of {@code date}. */
    public List<LocalInterval> absencesOn(LocalDate date) {
        return all.filter(e -> e instanceof Absence && e.covers(date)).map(e -> ((Absence) e).time());
    }

    /** Those touching a date from {@code from} on, for showing what is still to come. */
    public List<ScheduleException> from(LocalDate from) {
        return all.filter(e -> !e.last().isBefore(from));
    }
}
