package io.kalenner.application.inmemory;

import io.kalenner.application.port.PollingLease;
import io.kalenner.application.port.PollingLeaseContract;

class InMemoryPollingLeaseTest extends PollingLeaseContract {

    private final InMemoryPollingLease lease = new InMemoryPollingLease();

    @Override
    protected PollingLease newHolder() {
        return lease.rival();
    }
}
