package io.kalenner.domain.schedule;

import io.vavr.control.Option;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The rules a provider books by. Working hours are read in the provider's time setting.
 *
 * @param buffer        free time kept before and after every appointment
 * @param minimumNotice how long before its start a slot can still be requested
 * @param horizon       how far ahead a slot can be requested
 * @param slotStep      distance between offered start times; none means back to back (the service's duration)
 * @param exceptions    holidays, vacations, absences and date overrides, on the provider's calendar
 */
public record Schedule(WorkingHours hours, Duration buffer, Duration minimumNotice, Duration horizon, Option<Duration> slotStep,
        ScheduleExceptions exceptions) {

    public static final Duration DEFAULT_NOTICE = Duration.ofHours(2);
    public static final Duration DEFAULT_HORIZON = Duration.ofDays(60);

    public Schedule {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(buffer, "buffer");
        Objects.requireNonNull(minimumNotice, "minimumNotice");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(slotStep, "slotStep");
        Objects.requireNonNull(exceptions, "exceptions");
        if (buffer.isNegative() || minimumNotice.isNegative() || horizon.isNegative()) {
            throw new IllegalArgumentException("buffer, notice and horizon are not negative");
        }
        if (slotStep.exists(step -> step.isZero() || step.isNegative())) {
            throw new IllegalArgumentException("a slot step is positive");
        }
    }

    /** A schedule without exceptions. */
    public Schedule(WorkingHours hours, Duration buffer, Duration minimumNotice, Duration horizon, Option<Duration> slotStep) {
        this(hours, buffer, minimumNotice, horizon, slotStep, ScheduleExceptions.NONE);
    }

    /** A provider who has not set anything up yet: no working hours, hence no slots. */
    public static Schedule empty() {
        return new Schedule(WorkingHours.NONE, Duration.ZERO, DEFAULT_NOTICE, DEFAULT_HORIZON, Option.none());
    }

    public Schedule withHours(WorkingHours newHours) {
        return new Schedule(newHours, buffer, minimumNotice, horizon, slotStep, exceptions);
    }

    public Schedule withExceptions(ScheduleExceptions newExceptions) {
        return new Schedule(hours, buffer, minimumNotice, horizon, slotStep, newExceptions);
    }

    /**
     * The working intervals of one date of the provider's calendar: none on a holiday or in a
     * vacation (they win over an override), else the date's override, else the weekday's hours.
     * Absences are not taken out here: they are clock-time ranges closed within these intervals,
     * so the start-time grid of an interval stays where it is.
     */
    public List<LocalInterval> intervalsOn(LocalDate date) {
        if (exceptions.isEmpty()) {
            return hours.on(date.getDayOfWeek());
        }
        if (exceptions.isDayOff(date)) {
            return List.empty();
        }
        return exceptions.overrideOn(date).getOrElse(() -> hours.on(date.getDayOfWeek()));
    }

    /**
     * The clock times the provider works on {@code date}, as a person reads their own calendar: the
     * date's intervals ({@link #intervalsOn}) with its absences cut out, in order.
     */
    public List<LocalInterval> workingTimeOn(LocalDate date) {
        List<LocalInterval> left = intervalsOn(date);
        for (LocalInterval absence : exceptions.absencesOn(date)) {
            left = left.flatMap(part -> part.without(absence));
        }
        return left;
    }

    public Duration stepFor(Duration serviceDuration) {
        return slotStep.getOrElse(serviceDuration);
    }
}
