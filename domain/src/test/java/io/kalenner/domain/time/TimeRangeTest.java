package io.kalenner.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    private static final Instant NINE = Instant.parse("2030-01-01T09:00:00Z");
    private static final Instant TEN = Instant.parse("2030-01-01T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2030-01-01T11:00:00Z");
    private static final TimeRange NINE_TO_TEN = new TimeRange(NINE, TEN);

    @Test
    void rangesThatOnlyTouchDoNotOverlap() {
        // given 09:00-10:00 and 10:00-11:00
        TimeRange tenToEleven = new TimeRange(TEN, ELEVEN);

        // when checked for overlap either way round
        // then they do not overlap: the end is not part of a range
        assertThat(NINE_TO_TEN.overlaps(tenToEleven)).isFalse();
        assertThat(tenToEleven.overlaps(NINE_TO_TEN)).isFalse();
    }

    @Test
    void aRangeOverlapsItselfAndAnyRangeSharingOneNanosecond() {
        // given a range, and one that starts a nanosecond before its end
        TimeRange lastNano = new TimeRange(TEN.minusNanos(1), ELEVEN);

        // when checked for overlap
        // then both overlap it, symmetrically
        assertThat(NINE_TO_TEN.overlaps(NINE_TO_TEN)).isTrue();
        assertThat(NINE_TO_TEN.overlaps(lastNano)).isTrue();
        assertThat(lastNano.overlaps(NINE_TO_TEN)).isTrue();
    }

    @Test
    void containedAndContainingRangesOverlap() {
        // given a range inside another
        TimeRange inner = new TimeRange(NINE.plusSeconds(60), TEN.minusSeconds(60));
        TimeRange outer = new TimeRange(NINE.minusSeconds(60), ELEVEN);

        // when checked
        // then they overlap both ways
        assertThat(NINE_TO_TEN.overlaps(inner)).isTrue();
        assertThat(inner.overlaps(NINE_TO_TEN)).isTrue();
        assertThat(NINE_TO_TEN.overlaps(outer)).isTrue();
        assertThat(outer.overlaps(NINE_TO_TEN)).isTrue();
    }

    @Test
    void separateRangesDoNotOverlap() {
        // given ranges with a gap between them
        TimeRange later = new TimeRange(TEN.plusSeconds(1), ELEVEN);

        // when checked
        // then they do not overlap
        assertThat(NINE_TO_TEN.overlaps(later)).isFalse();
        assertThat(later.overlaps(NINE_TO_TEN)).isFalse();
    }

    @Test
    void anEmptyOrBackwardRangeIsRefused() {
        // given equal or reversed ends
        // when a range is made
        // then it is refused
        assertThatThrownBy(() -> new TimeRange(TEN, TEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeRange(TEN, NINE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeRange.of(TEN, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ofBuildsARangeOfTheGivenLength() {
        // given a start and a length
        // when a range is built
        TimeRange range = TimeRange.of(NINE, Duration.ofMinutes(45));

        // then it ends 45 minutes later and reports that length
        assertThat(range.end()).isEqualTo(Instant.parse("2030-01-01T09:45:00Z"));
        assertThat(range.length()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void wideningByABufferMakesTouchingRangesOverlap() {
        // given two touching ranges
        TimeRange tenToEleven = new TimeRange(TEN, ELEVEN);

        // when one is widened by 10 minutes
        TimeRange widened = NINE_TO_TEN.widenedBy(Duration.ofMinutes(10));

        // then it grows on both sides and now overlaps the other
        assertThat(widened).isEqualTo(new TimeRange(NINE.minusSeconds(600), TEN.plusSeconds(600)));
        assertThat(widened.overlaps(tenToEleven)).isTrue();
        assertThat(NINE_TO_TEN.widenedBy(Duration.ZERO)).isEqualTo(NINE_TO_TEN);
    }
}
