package io.kalenner.application.inmemory;

import io.kalenner.application.port.Ports;
import io.kalenner.application.port.RemindersContract;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class InMemoryRemindersTest extends RemindersContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create(Clock.fixed(Instant.parse("2030-01-01T08:00:00Z"), ZoneOffset.UTC));
    }
}
