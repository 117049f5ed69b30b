package io.kalenner.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's development clock: the real time plus an offset that the sandbox page moves
 * forward ({@code +1 h}, {@code +1 day}), so a person can try what happens after an appointment's
 * start without waiting. Only {@link SandboxMode} makes one; the program with a bot token runs on
 * the system clock.
 *
 * <p>It only ever moves forward: the notification outbox leases what it claims until "now + 30 s",
 * and a clock moved back would leave those notifications stuck until it caught up again. The
 * offset is kept in a file in the data directory, so a restart on the same data continues at the
 * same time instead of falling back behind what was already done (docs/decisions.md).
 */
final class SandboxClock extends Clock {

    static final String FILE_NAME = "sandbox-clock";

    private final Clock base;
    private final AtomicReference<Duration> offset;
    private final Path file;

    private SandboxClock(Clock base, AtomicReference<Duration> offset, Path file) {
        this.base = base;
        this.offset = offset;
        this.file = file;
    }

    /** A clock over {@code base}, ahead of it by the offset kept in {@code <dataDirectory>/sandbox-clock} (none: not ahead). */
    static SandboxClock over(Clock base, Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        return new SandboxClock(Objects.requireNonNull(base, "base"), new AtomicReference<>(readOffset(file)), file);
    }

    /** Moves the time forward by a positive {@code step}, and keeps the new offset for the next run. */
    synchronized void advance(Duration step) {
        if (step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("the sandbox clock only moves forward: " + step);
        }
        Duration moved = offset.get().plus(step);
        writeOffset(moved);
        offset.set(moved);
    }

    /** How far ahead of the real time this clock is. */
    Duration ahead() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** The same moving time in another zone: a step moves both. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new SandboxClock(base.withZone(zone), offset, file);
    }

    @Override
    public String toString() {
        return "SandboxClock[" + base + " + " + offset.get() + "]";
    }

    private static Duration readOffset(Path file) {
        if (!Files.isRegularFile(file)) {
            return Duration.ZERO;
        }
        try {
            Duration kept = Duration.parse(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (kept.isNegative()) {
                throw new IllegalStateException(file + " holds a negative offset; delete it to run on the real time");
            }
            return kept;
        } catch (DateTimeParseException malformed) {
            throw new IllegalStateException(file + " is not an ISO-8601 duration such as P1DT2H; delete it to run on the real time");
        } catch (IOException unreadable) {
            throw new IllegalStateException("cannot read " + file + ": " + unreadable.getMessage(), unreadable);
        }
    }

    private void writeOffset(Duration moved) {
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(FILE_NAME + ".part");
            Files.writeString(part, moved + "\n", StandardCharsets.US_ASCII);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot keep the sandbox clock in " + file, unwritable);
        }
    }
}
