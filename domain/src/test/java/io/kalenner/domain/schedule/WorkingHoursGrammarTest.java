package io.kalenner.domain.schedule;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.schedule.WorkingHoursGrammar.Expected;
import io.kalenner.domain.schedule.WorkingHoursGrammar.Mistake;
import io.vavr.collection.List;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class WorkingHoursGrammarTest {

    private static final LocalInterval NINE_TO_SIX = LocalInterval.of("09:00", "18:00");
    private static final LocalInterval SAT_HOURS = LocalInterval.of("10:00", "14:00");

    @Test
    void readsWeekdaysAndSaturdayInRussian() {
        WorkingHours hours = WorkingHoursGrammar.parse("пн-пт 09:00-18:00, сб 10:00-14:00").get();

        for (DayOfWeek day : List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)) {
            assertThat(hours.on(day)).containsExactly(NINE_TO_SIX);
        }
        assertThat(hours.on(SATURDAY)).containsExactly(SAT_HOURS);
        assertThat(hours.on(SUNDAY)).isEmpty();
    }

    @Test
    void readsTheSameInEnglishWithSemicolons() {
        assertThat(WorkingHoursGrammar.parse("mon-fri 09:00-18:00; sat 10:00-14:00"))
                .isEqualTo(WorkingHoursGrammar.parse("пн-пт 09:00-18:00, сб 10:00-14:00"));
    }

    @Test
    void readsListedDaysWithTwoIntervals() {
        WorkingHours hours = WorkingHoursGrammar.parse("пн,ср 10:00-13:00 14:00-19:00").get();

        List<LocalInterval> expected = List.of(LocalInterval.of("10:00", "13:00"), LocalInterval.of("14:00", "19:00"));
        assertThat(hours.on(MONDAY)).isEqualTo(expected);
        assertThat(hours.on(WEDNESDAY)).isEqualTo(expected);
        assertThat(hours.on(TUESDAY)).isEmpty();
    }

    @Test
    void aDayOffWordLeavesTheDayFree() {
        WorkingHours hours = WorkingHoursGrammar.parse("пн-вс 09:00-18:00, вс выходной").get();

        assertThat(hours.on(SATURDAY)).containsExactly(NINE_TO_SIX);
        assertThat(hours.on(SUNDAY)).containsExactly(NINE_TO_SIX); // a day off adds no hours; it does not remove given ones
    }

    @Test
    void aDayOffAloneIsAnEmptyWeek() {
        assertThat(WorkingHoursGrammar.parse("вс выходной").get().byDay()).isEmpty();
    }

    @Test
    void singleDigitHoursAndUpperCaseAreFine() {
        assertThat(WorkingHoursGrammar.parse("ПН 9:00-13:00").get().on(MONDAY)).containsExactly(LocalInterval.of("09:00", "13:00"));
    }

    @Test
    void aRangeMayWrapOverTheWeekend() {
        WorkingHours hours = WorkingHoursGrammar.parse("fri-mon 10:00-12:00").get();

        assertThat(hours.byDay().keySet().toList()).containsExactly(MONDAY, FRIDAY, SATURDAY, SUNDAY);
    }

    @Test
    void anUnknownDaySaysWhereAndWhatWasExpected() {
        assertThat(WorkingHoursGrammar.parse("пн-пт 09:00-18:00, xx 10:00-14:00").getLeft())
                .isEqualTo(new Mistake(19, Expected.DAY, "xx"));
    }

    @Test
    void aMissingTimeIsReported() {
        assertThat(WorkingHoursGrammar.parse("пн").getLeft().expected()).isEqualTo(Expected.TIME_RANGE_OR_DAY_OFF);
        assertThat(WorkingHoursGrammar.parse("пн 09:00").getLeft().expected()).isEqualTo(Expected.TIME);
        assertThat(WorkingHoursGrammar.parse("пн 09:00-25:00").getLeft()).isEqualTo(new Mistake(9, Expected.TIME, "25:00"));
    }

    @Test
    void hoursThatEndBeforeTheyStartAreRefused() {
        assertThat(WorkingHoursGrammar.parse("пн 18:00-09:00").getLeft()).isEqualTo(new Mistake(3, Expected.END_AFTER_START, "18:00-09:00"));
    }

    @Test
    void overlappingHoursAreRefused() {
        assertThat(WorkingHoursGrammar.parse("пн 09:00-13:00 12:00-15:00").getLeft().expected()).isEqualTo(Expected.NO_OVERLAP);
        assertThat(WorkingHoursGrammar.parse("пн-пт 09:00-18:00, пт 10:00-11:00").getLeft().expected()).isEqualTo(Expected.NO_OVERLAP);
    }

    @Test
    void clausesWithoutASeparatorAreRefused() {
        assertThat(WorkingHoursGrammar.parse("пн 09:00-18:00 сб 10:00-14:00").getLeft().expected()).isEqualTo(Expected.SEPARATOR);
    }

    @Test
    void anEmptyLineIsNotAWeek() {
        assertThat(WorkingHoursGrammar.parse("   ").getLeft().expected()).isEqualTo(Expected.DAY);
    }
}
