package io.kalenner.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.port.PollingLease;
import io.kalenner.application.port.PollingLeaseContract;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabase.class)
class PostgresPollingLeaseTest extends PollingLeaseContract {

    @Override
    protected PollingLease newHolder() {
        return TestDatabase.persistence().pollingLease();
    }

    @Test
    void aHolderWhoseSessionEndsLosesTheLeaseAndARivalTakesIt() {
        // given a holder holding the lease and a rival waiting for it
        PollingLease first = holder();
        PollingLease second = holder();
        first.tryAcquire();
        assertThat(second.tryAcquire()).isFalse();

        // when the holder's session ends, as when its process dies
        int ended = DSL.using(TestDatabase.persistence().dataSource(), SQLDialect.POSTGRES).fetchOne("""
                SELECT count(pg_terminate_backend(pid)) FROM pg_locks
                WHERE locktype = 'advisory' AND classid = 7 AND objid = 1 AND objsubid = 2""").get(0, Integer.class);

        // then the holder knows it lost the lease, and the rival takes it
        assertThat(ended).isEqualTo(1);
        assertThat(first.isHeld()).isFalse();
        assertThat(second.tryAcquire()).isTrue();
        assertThat(first.tryAcquire()).isFalse();
    }
}
