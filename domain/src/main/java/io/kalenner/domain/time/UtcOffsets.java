package io.kalenner.domain.time;

import io.vavr.collection.List;
import java.time.ZoneOffset;

/** The UTC offsets in real use, from −12:00 to +14:00, including the half- and three-quarter-hour ones. */
public final class UtcOffsets {

    public static final List<ZoneOffset> IN_USE = List.of(
            "-12:00", "-11:00", "-10:00", "-09:30", "-09:00", "-08:00", "-07:00", "-06:00", "-05:00", "-04:00",
            "-03:30", "-03:00", "-02:00", "-01:00", "+00:00", "+01:00", "+02:00", "+03:00", "+03:30", "+04:00",
            "+04:30", "+05:00", "+05:30", "+05:45", "+06:00", "+06:30", "+07:00", "+08:00", "+08:45", "+09:00",
            "+09:30", "+10:00", "+10:30", "+11:00", "+12:00", "+12:45", "+13:00", "+14:00")
            .map(ZoneOffset::of);

    private UtcOffsets() {}

    /** {@code UTC+03:00}, {@code UTC-09:30}, {@code UTC+00:00}: how offsets read on buttons. */
    public static String label(ZoneOffset offset) {
        return "UTC" + (offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId());
    }
}
