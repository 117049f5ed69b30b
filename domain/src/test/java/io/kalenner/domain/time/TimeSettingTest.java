package io.kalenner.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.domain.time.TimeSetting.FixedOffset;
import io.kalenner.domain.time.TimeSetting.RegionZone;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeSettingTest {

    private static final Instant SUMMER = Instant.parse("2030-07-01T12:00:00Z");
    private static final Instant WINTER = Instant.parse("2030-01-01T12:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"+03:00", "-09:30", "+05:45", "+14:00", "-12:00", "+00:00", "Europe/Berlin", "Australia/Lord_Howe", "UTC", "Asia/Kathmandu"})
    void aCodeReadsBackToTheSameSettingAndTheSameCode(String code) {
        // given a stored code
        // when it is read and written again
        TimeSetting setting = TimeSetting.fromCode(code);

        // then the code is unchanged and reads back to an equal setting
        assertThat(setting.code()).isEqualTo(code);
        assertThat(TimeSetting.fromCode(setting.code())).isEqualTo(setting);
    }

    @Test
    void everyOffsetInUseRoundTripsAsAFixedOffset() {
        // given every UTC offset in real use
        for (ZoneOffset offset : UtcOffsets.IN_USE) {
            // when it becomes a setting and goes through its code
            TimeSetting setting = new FixedOffset(offset);

            // then it comes back as the same fixed offset
            assertThat(TimeSetting.fromCode(setting.code())).isEqualTo(setting).isInstanceOf(FixedOffset.class);
        }
    }

    @Test
    void utcWrittenAsZIsStoredAsPlusZero() {
        // given UTC as the letter Z
        // when read and written
        TimeSetting setting = TimeSetting.fromCode("Z");

        // then it is a fixed offset of zero stored as +00:00
        assertThat(setting).isEqualTo(new FixedOffset(ZoneOffset.UTC));
        assertThat(setting.code()).isEqualTo("+00:00");
    }

    @Test
    void signedCodesAreFixedOffsetsAndNamesAreRegionZones() {
        // given an offset code and a region name
        // when read
        // then the first is a fixed offset, the second a region zone
        assertThat(TimeSetting.fromCode("+03:00")).isEqualTo(new FixedOffset(ZoneOffset.ofHours(3)));
        assertThat(TimeSetting.fromCode("Europe/Berlin")).isEqualTo(new RegionZone(ZoneId.of("Europe/Berlin")));
    }

    @Test
    void aFixedOffsetIgnoresDaylightSavingAndARegionZoneFollowsIt() {
        // given +01:00 and Europe/Berlin
        TimeSetting fixed = TimeSetting.fromCode("+01:00");
        TimeSetting berlin = TimeSetting.fromCode("Europe/Berlin");

        // when noon UTC is read in winter and summer
        // then the fixed offset always shows 13:00, Berlin shows 13:00 in winter and 14:00 in summer
        assertThat(WINTER.atZone(fixed.zone()).getHour()).isEqualTo(13);
        assertThat(SUMMER.atZone(fixed.zone()).getHour()).isEqualTo(13);
        assertThat(WINTER.atZone(berlin.zone()).getHour()).isEqualTo(13);
        assertThat(SUMMER.atZone(berlin.zone()).getHour()).isEqualTo(14);
    }

    @Test
    void theDefaultIsMoscowsFixedPlusThree() {
        // given nobody chose a setting
        // when the default is used
        // then it is a fixed +03:00
        assertThat(TimeSetting.DEFAULT).isEqualTo(new FixedOffset(ZoneOffset.ofHours(3)));
        assertThat(TimeSetting.DEFAULT.code()).isEqualTo("+03:00");
    }

    @Test
    void aRegionZoneRefusesABareOffset() {
        // given an offset passed as a region
        // when a region zone is made
        // then it is refused: offsets are fixed settings
        assertThatThrownBy(() -> new RegionZone(ZoneOffset.ofHours(3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownCodeIsRefused() {
        // given codes that are neither an offset nor a region
        // when read
        // then they are refused
        assertThatThrownBy(() -> TimeSetting.fromCode("Mars/Olympus")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> TimeSetting.fromCode("+25:00")).isInstanceOf(DateTimeException.class);
    }

    @Test
    void offsetsReadAsUtcLabels() {
        // given offsets including zero and a negative half hour
        // when labelled
        // then they read UTC+03:00, UTC-09:30, UTC+00:00
        assertThat(UtcOffsets.label(ZoneOffset.ofHours(3))).isEqualTo("UTC+03:00");
        assertThat(UtcOffsets.label(ZoneOffset.of("-09:30"))).isEqualTo("UTC-09:30");
        assertThat(UtcOffsets.label(ZoneOffset.UTC)).isEqualTo("UTC+00:00");
        assertThat(UtcOffsets.IN_USE).hasSize(38).contains(ZoneOffset.of("+05:45"), ZoneOffset.of("+12:45"));
    }
}
