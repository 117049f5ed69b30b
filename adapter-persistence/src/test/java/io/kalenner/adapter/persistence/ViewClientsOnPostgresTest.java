package io.kalenner.adapter.persistence;

import io.kalenner.application.World;
import io.kalenner.application.booking.ViewClientsTest;
import org.junit.jupiter.api.extension.ExtendWith;

/** The provider side's clients, their next appointments and what they owe, read from PostgreSQL. */
@ExtendWith(TestDatabase.class)
class ViewClientsOnPostgresTest extends ViewClientsTest {

    @Override
    protected World newWorld() {
        return TestDatabase.emptyWorld();
    }
}
