package io.kalenner.application.inmemory;

import io.kalenner.application.port.PackageRepositoryContract;
import io.kalenner.application.port.Ports;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

class InMemoryPackageRepositoryTest extends PackageRepositoryContract {

    @Override
    protected Ports ports() {
        return InMemoryPorts.create(Clock.fixed(Instant.parse("2030-01-01T08:00:00Z"), ZoneOffset.UTC));
    }
}
