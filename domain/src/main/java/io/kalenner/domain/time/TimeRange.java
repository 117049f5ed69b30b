package io.kalenner.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open range of instants {@code [start, end)}; never empty. */
public record TimeRange(Instant start, Instant end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a range ends after it starts: " + start + ".." + end);
        }
    }

    public static TimeRange of(Instant start, Duration length) {
        return new TimeRange(start, start.plus(length));
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public TimeRange widenedBy(Duration margin) {
        return new TimeRange(start.minus(margin), end.plus(margin));
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}
