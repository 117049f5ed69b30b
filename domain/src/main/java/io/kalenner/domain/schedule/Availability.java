package io.kalenner.domain.schedule;

import io.kalenner.domain.time.TimeRange;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;

/**
 * Free slots: the start instants at which a whole service fits inside working hours (of the
 * date, after its holiday, vacation or override), honours the minimum notice and the horizon,
 * overlaps no absence, and keeps the buffer clear of every busy range.
 *
 * <p>Working hours are walked in the provider's local dates and clock times; a clock time that
 * does not exist (spring forward) is skipped and one that exists twice (fall back) is offered
 * once, at its earlier instant.
 */
public final class Availability {

    private final Schedule schedule;
    private final ZoneId providerZone;
    private final Instant[] busyStarts;
    private final Instant[] busyEnds;

    /** @param busy the Pending and Accepted appointments of the specialist, in any order */
    public Availability(Schedule schedule, ZoneId providerZone, Iterable<TimeRange> busy) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.providerZone = Objects.requireNonNull(providerZone, "providerZone");
        java.util.List<TimeRange> merged = merge(busy);
        this.busyStarts = merged.stream().map(TimeRange::start).toArray(Instant[]::new);
        this.busyEnds = merged.stream().map(TimeRange::end).toArray(Instant[]::new);
    }

    /** The free start instants inside {@code window}, in order, for a service of the given length. */
    public List<Instant> freeSlots(Duration serviceDuration, TimeRange window, Instant now) {
        Instant earliest = max(window.start(), now.plus(schedule.minimumNotice()));
        Instant latest = min(window.end(), now.plus(schedule.horizon()));
        if (!earliest.isBefore(latest)) {
            return List.empty();
        }
        Duration step = schedule.stepFor(serviceDuration);
        java.util.List<Instant> slots = new ArrayList<>();
        // one local day either side: a window's instants may fall on neighbouring local dates
        LocalDate last = latest.atZone(providerZone).toLocalDate();
        for (LocalDate day = earliest.atZone(providerZone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            java.util.List<TimeRange> absent = absences(day);
            for (LocalInterval interval : schedule.intervalsOn(day)) {
                Instant intervalEnd = closingInstant(day.atTime(interval.to()));
                for (LocalDateTime local = day.atTime(interval.from());
                        !local.toLocalTime().isBefore(interval.from()) && local.toLocalDate().equals(day);
                        local = local.plus(step)) {
                    ZonedDateTime zoned = ZonedDateTime.ofLocal(local, providerZone, null);
                    if (!zoned.toLocalDateTime().equals(local)) {
                        continue; // in a spring-forward gap
                    }
                    Instant start = zoned.toInstant();
                    Instant end = start.plus(serviceDuration);
                    if (end.isAfter(intervalEnd)) {
                        break;
                    }
                    if (!start.isBefore(earliest) && start.isBefore(latest) && isClear(new TimeRange(start, end)) && isPresent(start, end, absent)) {
                        slots.add(start);
                    }
                }
            }
        }
        return List.ofAll(slots).sorted().distinct();
    }

    /** Whether one requested start is among the free slots. */
    public boolean offers(Instant start, Duration serviceDuration, Instant now) {
        return freeSlots(serviceDuration, TimeRange.of(start, Duration.ofSeconds(1)), now).contains(start);
    }

    /** The instants the absences of one date close, from the clock reaching their start until it reaches their end. */
    private java.util.List<TimeRange> absences(LocalDate day) {
        List<LocalInterval> times = schedule.exceptions().absencesOn(day);
        if (times.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<TimeRange> ranges = new ArrayList<>();
        for (LocalInterval time : times) {
            Instant from = closingInstant(day.atTime(time.from()));
            Instant to = closingInstant(day.atTime(time.to()));
            if (from.isBefore(to)) { // an absence wholly inside a spring-forward gap closes nothing
                ranges.add(new TimeRange(from, to));
            }
        }
        return ranges;
    }

    private static boolean isPresent(Instant start, Instant end, java.util.List<TimeRange> absent) {
        for (TimeRange range : absent) {
            if (range.start().isBefore(end) && start.isBefore(range.end())) {
                return false;
            }
        }
        return true;
    }

    private boolean isClear(TimeRange candidate) {
        TimeRange guarded = candidate.widenedBy(schedule.buffer());
        int index = firstEndingAfter(guarded.start());
        return index == busyStarts.length || !busyStarts[index].isBefore(guarded.end());
    }

    /** Busy ranges are merged, so their ends are sorted as their starts are. */
    private int firstEndingAfter(Instant moment) {
        int low = 0;
        int high = busyEnds.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (busyEnds[mid].isAfter(moment)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /**
     * When the clock reaches {@code local}: its instant, or, when that clock time is skipped by a
     * spring-forward gap, the instant of the jump (the clock never shows it, so work ends there).
     */
    private Instant closingInstant(LocalDateTime local) {
        ZoneOffsetTransition transition = providerZone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, providerZone, null).toInstant();
    }

    private static java.util.List<TimeRange> merge(Iterable<TimeRange> busy) {
        java.util.List<TimeRange> sorted = new ArrayList<>();
        busy.forEach(sorted::add);
        sorted.sort(Comparator.comparing(TimeRange::start));
        java.util.List<TimeRange> merged = new ArrayList<>();
        for (TimeRange range : sorted) {
            int lastIndex = merged.size() - 1;
            if (lastIndex >= 0 && !merged.get(lastIndex).end().isBefore(range.start())) {
                TimeRange previous = merged.get(lastIndex);
                merged.set(lastIndex, new TimeRange(previous.start(), max(previous.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
