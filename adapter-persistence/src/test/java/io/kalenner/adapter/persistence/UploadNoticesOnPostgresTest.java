package io.kalenner.adapter.persistence;

import io.kalenner.application.document.UploadNoticeTest;
import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.application.port.Ports;
import java.time.Clock;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ExtendWith;

/** The upload notices' story on PostgreSQL: the notice is a row of the upload's own transaction. */
@ExtendWith(TestDatabase.class)
class UploadNoticesOnPostgresTest extends UploadNoticeTest {

    @Override
    protected Function<Clock, Ports> portsOnClock() {
        TestDatabase.truncateAll();
        return clock -> TestDatabase.persistence().ports(new RandomIdGenerator(), clock);
    }
}
