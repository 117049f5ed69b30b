package io.kalenner.adapter.persistence;

import io.kalenner.application.port.Ports;
import io.kalenner.application.port.RemindersContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabase.class)
class PostgresRemindersTest extends RemindersContract {

    @Override
    protected Ports ports() {
        return TestDatabase.ports();
    }

    @Override
    protected void reset() {
        TestDatabase.truncateAll();
    }
}
