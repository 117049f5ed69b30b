package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.ScheduleException.Absence;
import io.kalenner.domain.schedule.ScheduleException.DateOverride;
import io.kalenner.domain.schedule.ScheduleException.Holiday;
import io.kalenner.domain.schedule.ScheduleException.Vacation;
import io.kalenner.domain.schedule.ScheduleExceptions;
import io.vavr.collection.List;
import io.kalenner.domain.schedule.WorkingHours;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What every {@link ScheduleRepository} promises. */
public abstract class ScheduleRepositoryContract extends PortContract {

    private ScheduleRepository schedules() {
        return under().schedules();
    }

    private static Schedule weekdays() {
        WorkingHours hours = WorkingHours.NONE
                .with(DayOfWeek.MONDAY, LocalInterval.of("09:00", "13:00"), LocalInterval.of("14:00", "18:30"))
                .with(DayOfWeek.WEDNESDAY, LocalInterval.of("00:00", "23:59"))
                .with(DayOfWeek.SATURDAY, LocalInterval.of("10:15", "12:45"));
        return new Schedule(hours, Duration.ofMinutes(15), Duration.ofHours(3), Duration.ofDays(30), Option.some(Duration.ofMinutes(30)));
    }

    @Test
    void aSpecialistWithoutASavedScheduleHasTheEmptyOne() {
        Account zoe = seed().specialist("Zoe");

        assertThat(schedules().of(zoe.id())).isEqualTo(Schedule.empty());
    }

    @Test
    void keepsEveryPartOfASavedSchedule() {
        // given
        Account zoe = seed().specialist("Zoe");

        // when
        seed().write(() -> schedules().save(zoe.id(), weekdays()));

        // then
        assertThat(schedules().of(zoe.id())).isEqualTo(weekdays());
    }

    @Test
    void keepsAScheduleWithoutASlotStep() {
        // given
        Account zoe = seed().specialist("Zoe");
        Schedule backToBack = new Schedule(weekdays().hours(), Duration.ZERO, Duration.ZERO, Duration.ofDays(365), Option.none());

        // when
        seed().write(() -> schedules().save(zoe.id(), backToBack));

        // then
        assertThat(schedules().of(zoe.id())).isEqualTo(backToBack);
    }

    @Test
    void savingAgainReplacesTheSchedule() {
        // given
        Account zoe = seed().specialist("Zoe");
        seed().write(() -> schedules().save(zoe.id(), weekdays()));
        Schedule fridaysOnly = Schedule.empty().withHours(WorkingHours.NONE.with(DayOfWeek.FRIDAY, LocalInterval.of("08:00", "12:00")));

        // when
        seed().write(() -> schedules().save(zoe.id(), fridaysOnly));

        // then
        assertThat(schedules().of(zoe.id())).isEqualTo(fridaysOnly);
    }

    @Test
    void eachSpecialistHasItsOwnSchedule() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().specialist("Anna");

        // when
        seed().write(() -> schedules().save(zoe.id(), weekdays()));

        // then
        assertThat(schedules().of(zoe.id())).isEqualTo(weekdays());
        assertThat(schedules().of(anna.id())).isEqualTo(Schedule.empty());
    }

    private static final LocalDate CHRISTMAS = LocalDate.of(2030, 12, 25);

    private static ScheduleExceptions everyKind() {
        return ScheduleExceptions.of(
                new Holiday(CHRISTMAS),
                new Vacation(CHRISTMAS.plusDays(2), CHRISTMAS.plusDays(12)),
                new Absence(CHRISTMAS.minusDays(3), CHRISTMAS.minusDays(1), LocalInterval.of("13:00", "15:30")),
                new Absence(CHRISTMAS.minusDays(2), CHRISTMAS.minusDays(2), LocalInterval.of("17:00", "18:00")),
                new DateOverride(CHRISTMAS.minusDays(5), List.of(LocalInterval.of("14:00", "16:00"), LocalInterval.of("08:00", "11:45"))),
                new DateOverride(CHRISTMAS.plusDays(1), List.of(LocalInterval.of("10:00", "12:00"))));
    }

    @Test
    void keepsEveryKindOfScheduleException() {
        // given
        Account zoe = seed().specialist("Zoe");
        Schedule withExceptions = weekdays().withExceptions(everyKind());

        // when
        seed().write(() -> schedules().save(zoe.id(), withExceptions));

        // then
        assertThat(schedules().of(zoe.id())).isEqualTo(withExceptions);
        assertThat(schedules().of(zoe.id()).exceptions().all()).hasSize(6);
    }

    @Test
    void savingAgainReplacesTheExceptions() {
        // given
        Account zoe = seed().specialist("Zoe");
        seed().write(() -> schedules().save(zoe.id(), weekdays().withExceptions(everyKind())));
        Schedule oneHoliday = weekdays().withExceptions(ScheduleExceptions.of(new Holiday(CHRISTMAS.plusDays(7))));

        // when
        seed().write(() -> schedules().save(zoe.id(), oneHoliday));

        // then
        assertThat(schedules().of(zoe.id())).isEqualTo(oneHoliday);
    }
}
