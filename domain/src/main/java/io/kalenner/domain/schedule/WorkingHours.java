package io.kalenner.domain.schedule;

import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import java.time.DayOfWeek;
import java.util.Objects;

/** Weekly working hours: for each weekday its intervals, sorted and never overlapping. */
public record WorkingHours(TreeMap<DayOfWeek, List<LocalInterval>> byDay) {

    public static final WorkingHours NONE = new WorkingHours(TreeMap.empty());

    public WorkingHours {
        Objects.requireNonNull(byDay, "byDay");
        byDay.forEach((day, intervals) -> {
            List<LocalInterval> sorted = intervals.sortBy(LocalInterval::from);
            sorted.sliding(2).filter(pair -> pair.size() == 2)
                    .find(pair -> pair.get(0).overlaps(pair.get(1)))
                    .forEach(pair -> {
                        throw new IllegalArgumentException("working hours overlap on " + day + ": " + pair);
                    });
        });
        byDay = byDay.mapValues(intervals -> intervals.sortBy(LocalInterval::from)).filterValues(List::nonEmpty);
    }

    public WorkingHours with(DayOfWeek day, LocalInterval... intervals) {
        return new WorkingHours(byDay.put(day, byDay.get(day).getOrElse(List.empty()).appendAll(List.of(intervals))));
    }

    public List<LocalInterval> on(DayOfWeek day) {
        return byDay.get(day).getOrElse(List.empty());
    }
}
