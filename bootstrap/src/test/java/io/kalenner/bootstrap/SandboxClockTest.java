package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxClockTest {

    private static final Instant REAL = Instant.parse("2026-11-30T06:00:00Z");
    private static final Clock BASE = Clock.fixed(REAL, ZoneOffset.UTC);

    @TempDir
    Path dataDirectory;

    @Test
    void givenANewDataDirectory_whenTheClockStarts_thenItIsTheRealTime() {
        SandboxClock clock = SandboxClock.over(BASE, dataDirectory);

        assertThat(clock.instant()).isEqualTo(REAL);
        assertThat(clock.ahead()).isZero();
    }

    @Test
    void givenAClock_whenItIsMovedForward_thenItAndItsOtherZonesAreAheadAndTheNextRunContinuesThere() {
        SandboxClock clock = SandboxClock.over(BASE, dataDirectory);
        Clock moscow = clock.withZone(ZoneId.of("Europe/Moscow"));

        clock.advance(Duration.ofHours(1));
        clock.advance(Duration.ofDays(1));

        assertThat(clock.instant()).isEqualTo(REAL.plus(Duration.ofHours(25)));
        assertThat(moscow.instant()).isEqualTo(REAL.plus(Duration.ofHours(25)));
        assertThat(SandboxClock.over(BASE, dataDirectory).instant()).isEqualTo(REAL.plus(Duration.ofHours(25)));
    }

    @Test
    void givenAClock_whenAskedToGoBackOrStandStill_thenItRefusesAndKeepsItsTime() {
        SandboxClock clock = SandboxClock.over(BASE, dataDirectory);

        assertThatThrownBy(() -> clock.advance(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(REAL);
        assertThat(dataDirectory.resolve(SandboxClock.FILE_NAME)).doesNotExist();
    }

    @Test
    void givenAMalformedClockFile_whenTheSandboxStarts_thenItStopsNamingTheFile() throws IOException {
        Files.writeString(dataDirectory.resolve(SandboxClock.FILE_NAME), "tomorrow");

        assertThatThrownBy(() -> SandboxClock.over(BASE, dataDirectory)).hasMessageContaining(SandboxClock.FILE_NAME);
    }
}
