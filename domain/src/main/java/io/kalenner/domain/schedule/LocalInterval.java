package io.kalenner.domain.schedule;

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
}
