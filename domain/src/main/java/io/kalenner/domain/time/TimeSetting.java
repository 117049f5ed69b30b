package io.kalenner.domain.time;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * How a person reads clock times: a fixed UTC offset chosen by hand (the FAQ's model), or a
 * region zone whose daylight-saving changes are followed. Instants are stored in UTC; this only
 * turns them into the person's local times and back.
 */
public sealed interface TimeSetting permits TimeSetting.FixedOffset, TimeSetting.RegionZone {

    /** Until a person chooses, Moscow time: the offset most of the service's users live in. */
    TimeSetting DEFAULT = new FixedOffset(ZoneOffset.ofHours(3));

    ZoneId zone();

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
