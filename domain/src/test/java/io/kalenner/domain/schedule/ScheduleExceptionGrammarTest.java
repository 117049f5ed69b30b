package io.kalenner.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.schedule.ScheduleException.Absence;
import io.kalenner.domain.schedule.ScheduleException.DateOverride;
import io.kalenner.domain.schedule.ScheduleException.Holiday;
import io.kalenner.domain.schedule.ScheduleException.Vacation;
import io.kalenner.domain.schedule.WorkingHoursGrammar.Expected;
import io.kalenner.domain.schedule.WorkingHoursGrammar.Mistake;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduleExceptionGrammarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static ScheduleException read(String line) {
        return ScheduleExceptionGrammar.parse(line, TODAY).getOrElseThrow(mistake -> new AssertionError(line + ": " + mistake));
    }

    private static Mistake mistake(String line) {
        return ScheduleExceptionGrammar.parse(line, TODAY).getLeft();
    }

    @Test
    void aSingleDateIsAHoliday() {
        assertThat(read("31.12.2026")).isEqualTo(new Holiday(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void aRangeOfDatesIsAVacation() {
        assertThat(read("01.08.2026-14.08.2026")).isEqualTo(new Vacation(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 14)));
        assertThat(read(" 01.08.2026 – 14.08.2026 ")).isEqualTo(new Vacation(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 14)));
    }

    @Test
    void aDateWithATimeRangeIsAnAbsenceAndSoIsADateRangeWithOne() {
        assertThat(read("05.12.2026 13:00-15:00")).isEqualTo(new Absence(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 5), LocalInterval.of("13:00", "15:00")));
        assertThat(read("05.12-07.12 13:00-15:00")).isEqualTo(new Absence(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 7), LocalInterval.of("13:00", "15:00")));
    }

    @Test
    void aDateWithTheWordWorkAndTimeRangesIsAnOverrideInEitherLanguage() {
        DateOverride expected = new DateOverride(LocalDate.of(2026, 12, 6), List.of(LocalInterval.of("10:00", "14:00"), LocalInterval.of("15:00", "18:00")));

        assertThat(read("06.12.2026 работаю 10:00-14:00 15:00-18:00")).isEqualTo(expected);
        assertThat(read("06.12.2026 Work 10:00-14:00, 15:00-18:00")).isEqualTo(expected);
    }

    @Test
    void aDateWithoutAYearIsItsNextOccurrence() {
        assertThat(read("15.12")).isEqualTo(new Holiday(LocalDate.of(2026, 12, 15)));
        assertThat(read("15.01")).isEqualTo(new Holiday(LocalDate.of(2027, 1, 15)));
        assertThat(read("30.11")).isEqualTo(new Holiday(TODAY));
    }

    @Test
    void aMistakeSaysWhereAndWhatWasExpected() {
        assertThat(mistake("завтра")).isEqualTo(new Mistake(0, Expected.DATE, "завтра"));
        assertThat(mistake("31.02.2027")).isEqualTo(new Mistake(0, Expected.DATE, "31.02.2027"));
        assertThat(mistake("01.08.2026-")).isEqualTo(new Mistake(11, Expected.DATE, ""));
        assertThat(mistake("05.12.2026 13:00-")).isEqualTo(new Mistake(17, Expected.TIME, ""));
        assertThat(mistake("05.12.2026 обед")).isEqualTo(new Mistake(11, Expected.TIME, "обед"));
    }

    @Test
    void rangesEndingBeforeTheyStartAreRefused() {
        assertThat(mistake("14.08.2026-01.08.2026").expected()).isEqualTo(Expected.END_AFTER_START);
        assertThat(mistake("05.12.2026 15:00-13:00").expected()).isEqualTo(Expected.END_AFTER_START);
    }

    @Test
    void anOverrideOfSeveralDatesOrWithOverlappingHoursAndAnAbsenceWithTwoRangesAreRefused() {
        assertThat(mistake("05.12-06.12 работаю 10:00-12:00").expected()).isEqualTo(Expected.DATE);
        assertThat(mistake("05.12 работаю 10:00-12:00 11:00-13:00").expected()).isEqualTo(Expected.NO_OVERLAP);
        assertThat(mistake("05.12 10:00-12:00 13:00-14:00").expected()).isEqualTo(Expected.SEPARATOR);
    }
}
