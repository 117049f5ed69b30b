package io.kalenner.domain.time;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRulesProvider;
import java.util.Objects;

/**
 * How a person reads clock times: a fixed UTC offset chosen by hand (the FAQ's model), or a
 * region zone whose daylight-saving changes are followed. Instants are stored in UTC; this only
 * turns them into the person's local times and back.
 */
public sealed interface TimeSetting permits TimeSetting.FixedOffset, TimeSetting.RegionZone {

    /** Until a person chooses, Moscow time: the offset most of the service's users live in. */
    TimeSetting DEFAULT = new FixedOffset(ZoneOffset.ofHours(3));

    /** The earliest offset a person may choose. */
    ZoneOffset EARLIEST = ZoneOffset.ofHours(-12);
    /** The latest offset a person may choose. */
    ZoneOffset LATEST = ZoneOffset.ofHours(14);
    /** Offsets are chosen in steps of a quarter hour, the finest any place on Earth uses (+05:45, +12:45). */
    Duration STEP = Duration.ofMinutes(15);

    ZoneId zone();

    /**
     * A fixed offset a person chose: refused ({@code OFFSET_OUT_OF_RANGE}) outside −12:00 … +14:00
     * or off the quarter hour.
     */
    static Either<Rejection, TimeSetting> fixed(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds < EARLIEST.getTotalSeconds() || seconds > LATEST.getTotalSeconds() || seconds % STEP.toSeconds() != 0) {
            return Rejection.of(Reason.OFFSET_OUT_OF_RANGE, offset.getId()).asLeft();
        }
        return Either.right(new FixedOffset(offset));
    }

    /**
     * A region zone by its IANA id ({@code Europe/Berlin}), letters' case as typed or not:
     * {@code UNKNOWN_TIME_ZONE} for an id that names no region (offsets and {@code UTC+3} included).
     */
    static Either<Rejection, TimeSetting> region(String id) {
        String typed = id.strip();
        return List.ofAll(ZoneRulesProvider.getAvailableZoneIds())
                .find(known -> known.equalsIgnoreCase(typed) && known.contains("/"))
                .flatMap(known -> Try.of(() -> ZoneId.of(known)).toOption())
                .<Either<Rejection, TimeSetting>>map(zone -> Either.right(new RegionZone(zone)))
                .getOrElse(() -> Rejection.of(Reason.UNKNOWN_TIME_ZONE, typed).asLeft());
    }

    /**
     * The fixed offsets at which the clock reads {@code clock} at {@code now}, rounded to the
     * quarter hour (a clock read a minute late, or seconds into the minute, still gives the right
     * offset). A clock time names an offset only up to a whole day, so near the date line two
     * offsets a day apart fit (13:00 at +13:00 and at −11:00); both are given, east first, and the
     * person picks the one whose date is theirs. Never empty.
     */
    static List<TimeSetting> offsetsShowing(LocalTime clock, Instant now) {
        int day = (int) Duration.ofDays(1).toSeconds();
        int step = (int) STEP.toSeconds();
        int utcSeconds = (int) Math.floorMod(now.getEpochSecond(), (long) day);
        int difference = clock.toSecondOfDay() - utcSeconds;
        int rounded = Math.floorMod(Math.round((float) difference / step) * step, day);
        return List.of(rounded, rounded - day)
                .filter(seconds -> seconds >= EARLIEST.getTotalSeconds() && seconds <= LATEST.getTotalSeconds())
                .map(ZoneOffset::ofTotalSeconds)
                .flatMap(offset -> fixed(offset).toOption());
    }

    /** A stable text form for storage: {@code +03:00} or {@code Europe/Berlin}. */
    String code();

    static TimeSetting fromCode(String code) {
        if (code.startsWith("+") || code.startsWith("-") || code.equals("Z")) {
            return new FixedOffset(ZoneOffset.of(code));
        }
        return new RegionZone(ZoneId.of(code));
    }

    record FixedOffset(ZoneOffset offset) implements TimeSetting {
        public FixedOffset {
            Objects.requireNonNull(offset, "offset");
        }

        @Override
        public ZoneId zone() {
            return offset;
        }

        @Override
        public String code() {
            return offset.getId().equals("Z") ? "+00:00" : offset.getId();
        }
    }

    record RegionZone(ZoneId region) implements TimeSetting {
        public RegionZone {
            Objects.requireNonNull(region, "region");
            if (region instanceof ZoneOffset) {
                throw new IllegalArgumentException("a region zone, not an offset: " + region);
            }
        }

        @Override
        public ZoneId zone() {
            return region;
        }

        @Override
        public String code() {
            return region.getId();
        }
    }
}
