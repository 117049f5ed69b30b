package io.kalenner.adapter.persistence;

import io.kalenner.application.port.PackageRepositoryContract;
import io.kalenner.application.port.Ports;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabase.class)
class PostgresPackageRepositoryTest extends PackageRepositoryContract {

    @Override
    protected Ports ports() {
        return TestDatabase.ports();
    }

    @Override
    protected void reset() {
        TestDatabase.truncateAll();
    }
}
