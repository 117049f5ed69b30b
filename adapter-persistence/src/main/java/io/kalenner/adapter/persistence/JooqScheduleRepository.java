package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.SCHEDULE;
import static io.kalenner.adapter.persistence.jooq.Tables.WORKING_HOURS;

import io.kalenner.adapter.persistence.jooq.ScheduleRecord;
import io.kalenner.adapter.persistence.jooq.WorkingHoursRecord;
import io.kalenner.application.port.ScheduleRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHours;
import io.vavr.collection.List;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import org.jooq.DSLContext;

final class JooqScheduleRepository implements ScheduleRepository {

    private final JooqTransactions transactions;

    JooqScheduleRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Schedule of(AccountId specialist) {
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
        return toSchedule(rows.get(0).into(SCHEDULE), hours);
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
