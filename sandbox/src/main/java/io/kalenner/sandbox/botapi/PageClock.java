package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The program's time as the page shows it and, when the program lets it, moves it: the sandbox
 * stand-in knows nothing of the program, so the program hands over its clock and an action that
 * moves that clock forward. Without the action the page shows the time and offers no buttons.
 */
final class PageClock {

    /** The longest single step the page may take; a person clicks +1 day, a script may ask for more. */
    static final Duration LONGEST_STEP = Duration.ofDays(366);

    private final Clock clock;
    private final Optional<Consumer<Duration>> advance;
    private final Clock realTime = Clock.systemUTC();

    PageClock(Clock clock, Optional<Consumer<Duration>> advance) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.advance = Objects.requireNonNull(advance, "advance");
    }

    Clock clock() {
        return clock;
    }

    boolean movable() {
        return advance.isPresent();
    }

    /** Moves the program's time forward by {@code step}, which must be positive and at most {@link #LONGEST_STEP}. */
    void advance(Duration step) {
        if (advance.isEmpty()) {
            throw new IllegalStateException("this program's clock cannot be moved");
        }
        if (step.isNegative() || step.isZero() || step.compareTo(LONGEST_STEP) > 0) {
            throw new IllegalArgumentException("a step must be positive and at most " + LONGEST_STEP.toDays() + " days");
        }
        advance.get().accept(step);
    }

    /** {@code {"now", "epochMillis", "aheadSeconds", "movable"}}: the time, how far ahead of the real time it is, and whether it moves. */
    ObjectNode json() {
        var real = realTime.instant();
        var now = clock.instant();
        // to the nearest second: the two readings are a moment apart, and a day ahead must not show as 23:59
        long aheadMillis = Duration.between(real, now).toMillis();
        ObjectNode json = TelegramJson.object();
        json.put("now", now.toString());
        json.put("epochMillis", now.toEpochMilli());
        json.put("aheadSeconds", Math.max(0, Math.round(aheadMillis / 1000.0)));
        json.put("movable", movable());
        return json;
    }
}
