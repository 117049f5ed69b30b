package io.kalenner.application.port;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.schedule.Schedule;

/** Each specialist's schedule. */
public interface ScheduleRepository {

    /** The specialist's schedule, or {@link Schedule#empty()} when none was saved. */
    Schedule of(AccountId specialist);

    void save(AccountId specialist, Schedule schedule);
}
