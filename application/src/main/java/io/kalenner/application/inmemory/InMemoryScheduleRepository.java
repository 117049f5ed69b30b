package io.kalenner.application.inmemory;

import io.kalenner.application.port.ScheduleRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.Schedule;

public final class InMemoryScheduleRepository implements ScheduleRepository {

    private final InMemoryTable<AccountId, Schedule> schedules;

    public InMemoryScheduleRepository(InMemoryTransactions transactions) {
        this.schedules = new InMemoryTable<>(transactions);
    }

    @Override
    public Schedule of(AccountId specialist) {
        return schedules.get(specialist).getOrElse(Schedule::empty);
    }

    @Override
    public void save(AccountId specialist, Schedule schedule) {
        schedules.put(specialist, schedule);
    }
}
