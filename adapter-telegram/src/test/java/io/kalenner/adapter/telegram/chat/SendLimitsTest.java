package io.kalenner.adapter.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SendLimitsTest {

    @Test
    void liftedLimitsLetAMeasurementSendFarMoreThanTelegramAllows() throws InterruptedException {
        // given the limits a load measurement lifts
        SendLimits lifted = SendLimits.liftedForMeasurement();
        long started = System.nanoTime();

        // when one chat gets ten times the overall limit's second
        for (int i = 0; i < 300; i++) {
            lifted.acquire(42, SendLimits.Priority.REPLY);
        }

        // then nothing waited for a token
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }
}
