package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.SCHEDULE;
import static io.kalenner.adapter.persistence.jooq.Tables.SCHEDULE_EXCEPTION;
import static io.kalenner.adapter.persistence.jooq.Tables.WORKING_HOURS;

import io.kalenner.adapter.persistence.jooq.ScheduleRecord;
import io.kalenner.adapter.persistence.jooq.WorkingHoursRecord;
import io.kalenner.application.port.ScheduleRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.ScheduleException;
import io.kalenner.domain.schedule.ScheduleException.Absence;
import io.kalenner.domain.schedule.ScheduleException.DateOverride;
import io.kalenner.domain.schedule.ScheduleException.Holiday;
import io.kalenner.domain.schedule.ScheduleException.Vacation;
import io.kalenner.domain.schedule.ScheduleExceptions;
import io.kalenner.domain.schedule.WorkingHours;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.jooq.DSLContext;

final class JooqScheduleRepository implements ScheduleRepository {

    private final JooqTransactions transactions;

    JooqScheduleRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Schedule of(AccountId specialist) {
        return transactions.cached(ReadCache.Region.SCHEDULE, specialist.value(), () -> read(specialist));
    }

    private Schedule read(AccountId specialist) {
        // one round trip: the schedule with its working hours, one row per interval (or one without any)
        var rows = transactions.dsl().select(SCHEDULE.asterisk(), WORKING_HOURS.WEEKDAY, WORKING_HOURS.STARTS, WORKING_HOURS.ENDS)
                .from(SCHEDULE)
                .leftJoin(WORKING_HOURS).on(WORKING_HOURS.SPECIALIST_ID.eq(SCHEDULE.SPECIALIST_ID))
                .where(SCHEDULE.SPECIALIST_ID.eq(specialist.value()))
                .orderBy(WORKING_HOURS.WEEKDAY, WORKING_HOURS.STARTS)
                .fetch();
        if (rows.isEmpty()) {
            return Schedule.empty();
        }
        List<WorkingHoursRecord> hours = List.ofAll(rows)
                .filter(row -> row.get(WORKING_HOURS.WEEKDAY) != null)
                .map(row -> new WorkingHoursRecord(specialist.value(), row.get(WORKING_HOURS.WEEKDAY), row.get(WORKING_HOURS.STARTS),
                        row.get(WORKING_HOURS.ENDS)));
        return toSchedule(rows.get(0).into(SCHEDULE), hours).withExceptions(exceptionsOf(specialist));
    }

    private ScheduleExceptions exceptionsOf(AccountId specialist) {
        var rows = List.ofAll(transactions.dsl().selectFrom(SCHEDULE_EXCEPTION)
                .where(SCHEDULE_EXCEPTION.SPECIALIST_ID.eq(specialist.value()))
                .orderBy(SCHEDULE_EXCEPTION.FIRST_DAY, SCHEDULE_EXCEPTION.STARTS)
                .fetch());
        // an override is one row per interval, all on its date
        List<ScheduleException> overrides = rows.filter(row -> row.getKind().equals(OVERRIDE))
                .groupBy(row -> row.getFirstDay())
                .map(date -> (ScheduleException) new DateOverride(date._1, date._2.map(row -> new LocalInterval(row.getStarts(), row.getEnds()))))
                .toList();
        List<ScheduleException> others = rows.filter(row -> !row.getKind().equals(OVERRIDE)).map(row -> switch (row.getKind()) {
            case HOLIDAY -> new Holiday(row.getFirstDay());
            case VACATION -> new Vacation(row.getFirstDay(), row.getLastDay());
            case ABSENCE -> new Absence(row.getFirstDay(), row.getLastDay(), new LocalInterval(row.getStarts(), row.getEnds()));
            default -> throw new IllegalStateException("unknown schedule exception kind " + row.getKind());
        });
        return new ScheduleExceptions(others.appendAll(overrides));
    }

    private static final String HOLIDAY = "HOLIDAY";
    private static final String VACATION = "VACATION";
    private static final String ABSENCE = "ABSENCE";
    private static final String OVERRIDE = "OVERRIDE";

    /** One row per exception, and per interval of an override: kind, first and last date, clock times or none. */
    private record ExceptionRow(String kind, LocalDate first, LocalDate last, LocalTime starts, LocalTime ends) {

        static List<ExceptionRow> of(ScheduleException exception) {
            if (exception instanceof Holiday holiday) {
                return List.of(new ExceptionRow(HOLIDAY, holiday.date(), holiday.date(), null, null));
            }
            if (exception instanceof Vacation vacation) {
                return List.of(new ExceptionRow(VACATION, vacation.first(), vacation.last(), null, null));
            }
            if (exception instanceof Absence absence) {
                return List.of(new ExceptionRow(ABSENCE, absence.first(), absence.last(), absence.time().from(), absence.time().to()));
            }
            DateOverride override = (DateOverride) exception;
            return override.intervals().map(interval -> new ExceptionRow(OVERRIDE, override.date(), override.date(), interval.from(), interval.to()));
        }
    }

    @Override
    public void save(AccountId specialist, Schedule schedule) {
        transactions.inTransaction(() -> {
            DSLContext dsl = transactions.dsl();
            ScheduleRecord row = new ScheduleRecord(
                    specialist.value(),
                    schedule.buffer().toSeconds(),
                    schedule.minimumNotice().toSeconds(),
                    schedule.horizon().toSeconds(),
                    schedule.slotStep().map(Duration::toSeconds).getOrNull());
            dsl.insertInto(SCHEDULE).set(row).onConflict(SCHEDULE.SPECIALIST_ID).doUpdate().set(row).execute();
            dsl.deleteFrom(WORKING_HOURS).where(WORKING_HOURS.SPECIALIST_ID.eq(specialist.value())).execute();
            List<WorkingHoursRecord> hours = List.ofAll(schedule.hours().byDay()).flatMap(day -> day._2.map(interval ->
                    new WorkingHoursRecord(specialist.value(), (short) day._1.getValue(), interval.from(), interval.to())));
            if (hours.nonEmpty()) {
                dsl.batchInsert(hours.toJavaList()).execute();
            }
            dsl.deleteFrom(SCHEDULE_EXCEPTION).where(SCHEDULE_EXCEPTION.SPECIALIST_ID.eq(specialist.value())).execute();
            List<ExceptionRow> exceptions = schedule.exceptions().all().flatMap(ExceptionRow::of);
            if (exceptions.nonEmpty()) {
                var insert = dsl.insertInto(SCHEDULE_EXCEPTION, SCHEDULE_EXCEPTION.SPECIALIST_ID, SCHEDULE_EXCEPTION.KIND,
                        SCHEDULE_EXCEPTION.FIRST_DAY, SCHEDULE_EXCEPTION.LAST_DAY, SCHEDULE_EXCEPTION.STARTS, SCHEDULE_EXCEPTION.ENDS);
                for (ExceptionRow exception : exceptions) {
                    insert = insert.values(specialist.value(), exception.kind(), exception.first(), exception.last(), exception.starts(), exception.ends());
                }
                insert.execute();
            }
            transactions.wrote(ReadCache.Region.SCHEDULE, specialist.value());
            return io.vavr.control.Either.right(specialist);
        });
    }

    private static Schedule toSchedule(ScheduleRecord row, Iterable<WorkingHoursRecord> hours) {
        TreeMap<DayOfWeek, List<LocalInterval>> byDay = List.ofAll(hours)
                .groupBy(h -> DayOfWeek.of(h.getWeekday()))
                .mapValues(rows -> rows.map(h -> new LocalInterval(h.getStarts(), h.getEnds())))
                .foldLeft(TreeMap.empty(), (map, day) -> map.put(day._1, day._2));
        return new Schedule(
                new WorkingHours(byDay),
                Duration.ofSeconds(row.getBufferSeconds()),
                Duration.ofSeconds(row.getMinimumNoticeSeconds()),
                Duration.ofSeconds(row.getHorizonSeconds()),
                Option.of(row.getSlotStepSeconds()).map(Duration::ofSeconds));
    }
}
