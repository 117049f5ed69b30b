package io.kalenner.adapter.persistence;

import io.kalenner.application.World;
import io.kalenner.application.reminder.RemindersTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reminders' story on PostgreSQL, where racing senders meet the primary key of {@code reminder_sent}. */
@ExtendWith(TestDatabase.class)
class RemindersOnPostgresTest extends RemindersTest {

    @Override
    protected World newWorld() {
        return TestDatabase.emptyWorld();
    }
}
