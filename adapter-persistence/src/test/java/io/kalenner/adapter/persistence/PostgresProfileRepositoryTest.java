package io.kalenner.adapter.persistence;

import io.kalenner.application.port.Ports;
import io.kalenner.application.port.ProfileRepositoryContract;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabase.class)
class PostgresProfileRepositoryTest extends ProfileRepositoryContract {

    @Override
    protected Ports ports() {
        return TestDatabase.ports();
    }

    @Override
    protected void reset() {
        TestDatabase.truncateAll();
    }
}
