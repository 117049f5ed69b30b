package io.kalenner.adapter.persistence;

import io.kalenner.application.World;
import io.kalenner.application.booking.ViewMyBalanceTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a client owes one of its providers, read from PostgreSQL. */
@ExtendWith(TestDatabase.class)
class ViewMyBalanceOnPostgresTest extends ViewMyBalanceTest {

    @Override
    protected World newWorld() {
        return TestDatabase.emptyWorld();
    }
}
