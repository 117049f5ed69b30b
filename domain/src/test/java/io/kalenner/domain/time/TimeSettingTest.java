package io.kalenner.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.domain.time.TimeSetting.FixedOffset;
import io.kalenner.domain.time.TimeSetting.RegionZone;
import java.time.DateTimeException;
import io.kalenner.domain.Rejection;
import io.vavr.collection.List;
import java.time.Instant;
import java.time.LocalTime;
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

    @Test
    void aTypedClockTimeGivesTheOffsetFromTheCurrentInstant() {
        // given it is 11:35 UTC
        Instant now = Instant.parse("2030-03-10T11:35:00Z");

        // when the person's clock reads 14:35
        // then they live at +03:00
        assertThat(TimeSetting.offsetsShowing(LocalTime.of(14, 35), now)).containsExactly(new FixedOffset(ZoneOffset.ofHours(3)));
    }

    @Test
    void aTypedClockTimeIsRoundedToTheQuarterHour() {
        // given it is 11:35:40 UTC
        Instant now = Instant.parse("2030-03-10T11:35:40Z");

        // when a clock a minute slow reads 17:19, and another 17:23
        // then both give Kathmandu's +05:45
        assertThat(TimeSetting.offsetsShowing(LocalTime.of(17, 19), now)).containsExactly(new FixedOffset(ZoneOffset.of("+05:45")));
        assertThat(TimeSetting.offsetsShowing(LocalTime.of(17, 23), now)).containsExactly(new FixedOffset(ZoneOffset.of("+05:45")));
    }

    @Test
    void aTypedClockTimeBehindUtcAcrossMidnightGivesAWesternOffset() {
        // given it is 02:10 UTC
        Instant now = Instant.parse("2030-03-10T02:10:00Z");

        // when the clock reads 21:40 of the day before
        // then the offset is -04:30 rounded to -04:30 (a quarter hour, though no place uses it)
        assertThat(TimeSetting.offsetsShowing(LocalTime.of(21, 40), now)).containsExactly(new FixedOffset(ZoneOffset.of("-04:30")));
    }

    @Test
    void nearTheDateLineATypedClockTimeFitsTwoOffsetsADayApartEastFirst() {
        // given it is 00:00 UTC
        Instant now = Instant.parse("2030-03-10T00:00:00Z");

        // when the clock reads 13:00
        // then it is either Tonga's +13:00 or Niue's -11:00
        assertThat(TimeSetting.offsetsShowing(LocalTime.of(13, 0), now))
                .containsExactly(new FixedOffset(ZoneOffset.ofHours(13)), new FixedOffset(ZoneOffset.ofHours(-11)));
    }

    @Test
    void everyClockTimeGivesAnOffsetInsideTheRange() {
        // given a fixed instant off the quarter hour
        Instant now = Instant.parse("2030-03-10T07:07:07Z");

        // when each minute of the day is typed
        for (int minute = 0; minute < 24 * 60; minute++) {
            List<TimeSetting> offsets = TimeSetting.offsetsShowing(LocalTime.ofSecondOfDay(minute * 60L), now);

            // then one or two offsets come, each within -12:00 … +14:00 on a quarter hour
            assertThat(offsets.size()).isBetween(1, 2);
            offsets.forEach(setting -> assertThat((TimeSetting.fixed(((FixedOffset) setting).offset())).get()).isEqualTo(setting));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12:15", "+14:15", "+03:10", "+18:00"})
    void anOffsetOutsideTheRangeOrOffTheQuarterHourIsRefused(String offset) {
        // given an offset no person may choose
        // when chosen
        // then it is refused, naming the offset
        assertThat(TimeSetting.fixed(ZoneOffset.of(offset)).getLeft())
                .isEqualTo(Rejection.of(Rejection.Reason.OFFSET_OUT_OF_RANGE, ZoneOffset.of(offset).getId()));
    }

    @Test
    void theEndsOfTheRangeMayBeChosen() {
        // given -12:00 and +14:00
        // when chosen
        // then both are fixed offsets
        assertThat((TimeSetting.fixed(ZoneOffset.ofHours(-12))).get()).isEqualTo(new FixedOffset(ZoneOffset.ofHours(-12)));
        assertThat((TimeSetting.fixed(ZoneOffset.ofHours(14))).get()).isEqualTo(new FixedOffset(ZoneOffset.ofHours(14)));
    }

    @Test
    void aTypedRegionIdIsFoundWhateverItsCase() {
        // given a region id typed in lower case with spaces around
        // when read
        // then it is the region zone, spelled as IANA does
        assertThat((TimeSetting.region(" europe/berlin ")).get()).isEqualTo(new RegionZone(ZoneId.of("Europe/Berlin")));
        assertThat((TimeSetting.region("America/Argentina/Buenos_Aires")).get()).isEqualTo(new RegionZone(ZoneId.of("America/Argentina/Buenos_Aires")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlni", "UTC+3", "+03:00", "UTC", "Berlin", ""})
    void aTypedIdThatNamesNoRegionIsRefused(String id) {
        // given an id that is a typo, an offset, or no region
        // when read
        // then it is refused, naming what was typed
        assertThat((TimeSetting.region(id)).getLeft()).isEqualTo(Rejection.of(Rejection.Reason.UNKNOWN_TIME_ZONE, id.strip()));
    }
}
