package io.kalenner.adapter.persistence;

import io.kalenner.application.World;
import io.kalenner.application.servicepackage.PackagesTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packages' story on PostgreSQL, where racing bookings meet the purchases' row locks. */
@ExtendWith(TestDatabase.class)
class PackagesOnPostgresTest extends PackagesTest {

    @Override
    protected World newWorld() {
        return TestDatabase.emptyWorld();
    }
}
