package io.kalenner.domain.schedule;

import io.vavr.collection.List;
import java.time.LocalTime;
import java.util.Objects;

/** A span of clock times within one day, {@code [from, to)}, read in the provider's time setting. */
public record LocalInterval(LocalTime from, LocalTime to) {

    public LocalInterval {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("an interval ends after it starts: " + from + "-" + to);
        }
    }

    public static LocalInterval of(String from, String to) {
        return new LocalInterval(LocalTime.parse(from), LocalTime.parse(to));
    }

    public boolean overlaps(LocalInterval other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    /** What is left of this interval once {@code other} is taken out: itself, nothing, or one or two pieces. */
    public List<LocalInterval> without(LocalInterval other) {
        if (!overlaps(other)) {
            return List.of(this);
        }
        List<LocalInterval> left = List.empty();
        if (from.isBefore(other.from)) {
            left = left.append(new LocalInterval(from, other.from));
        }
        if (other.to.isBefore(to)) {
            left = left.append(new LocalInterval(other.to, to));
        }
        return left;
    }
}
