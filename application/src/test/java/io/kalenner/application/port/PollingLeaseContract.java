package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PollingLease} promises: of the holders on one store at most one holds the
 * lease, and a released lease can be taken by another.
 */
public abstract class PollingLeaseContract {

    private final List<PollingLease> holders = new ArrayList<>();

    /** A new holder competing for the same lease as every other one this test made. */
    protected abstract PollingLease newHolder();

    protected final PollingLease holder() {
        PollingLease holder = newHolder();
        holders.add(holder);
        return holder;
    }

    @AfterEach
    final void releaseAll() {
        holders.forEach(PollingLease::release);
    }

    @Test
    void theFirstToTryTakesTheLeaseAndARivalDoesNot() {
        // given two holders
        PollingLease first = holder();
        PollingLease second = holder();

        // when both try, the first first
        boolean firstTook = first.tryAcquire();
        boolean secondTook = second.tryAcquire();

        // then only the first holds it
        assertThat(firstTook).isTrue();
        assertThat(secondTook).isFalse();
        assertThat(first.isHeld()).isTrue();
        assertThat(second.isHeld()).isFalse();
    }

    @Test
    void aHolderTryingAgainKeepsTheLease() {
        // given a holder holding the lease
        PollingLease first = holder();
        first.tryAcquire();

        // when it tries again
        boolean again = first.tryAcquire();

        // then it still holds it, and a rival still cannot take it
        assertThat(again).isTrue();
        assertThat(first.isHeld()).isTrue();
        assertThat(holder().tryAcquire()).isFalse();
    }

    @Test
    void aReleasedLeaseCanBeTakenByARival() {
        // given a holder that took the lease and a rival that could not
        PollingLease first = holder();
        PollingLease second = holder();
        first.tryAcquire();
        second.tryAcquire();

        // when the holder releases it
        first.release();

        // then the rival takes it, and the former holder no longer holds it
        assertThat(first.isHeld()).isFalse();
        assertThat(second.tryAcquire()).isTrue();
        assertThat(first.tryAcquire()).isFalse();
    }

    @Test
    void nobodyHoldsTheLeaseBeforeTakingIt() {
        assertThat(holder().isHeld()).isFalse();
    }
}
