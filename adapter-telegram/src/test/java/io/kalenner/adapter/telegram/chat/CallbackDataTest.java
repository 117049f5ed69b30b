package io.kalenner.adapter.telegram.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CallbackDataTest {

    private static final UUID ID = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    @Test
    void idsDatesAndInstantsSurviveTheRoundTrip() {
        Instant start = Instant.parse("2026-12-01T09:30:00Z");
        LocalDate day = LocalDate.of(2026, 12, 1);

        CallbackData parsed = CallbackData.parse(CallbackData.of("bt", ID, start, day).serialize()).get();

        assertThat(parsed.action()).isEqualTo("bt");
        assertThat(parsed.uuid(0)).contains(ID);
        assertThat(parsed.instant(1)).contains(start);
        assertThat(parsed.date(2)).contains(day);
    }

    @Test
    void twoIdsAndAnInstantFitTelegramsLimit() {
        String data = CallbackData.of("xx", ID, ID, Instant.parse("2099-12-31T23:59:59Z")).serialize();

        assertThat(data.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(CallbackData.MAX_BYTES);
    }

    @Test
    void forgedArgumentsReadAsAbsent() {
        CallbackData forged = CallbackData.parse("bt:not-a-uuid:zzzzzzzzzzzzzzzzzzzz").get();

        assertThat(forged.uuid(0)).isEmpty();
        assertThat(forged.instant(1)).isEmpty();
        assertThat(forged.uuid(5)).isEmpty();
    }

    @Test
    void emptyDataIsNotAnAction() {
        assertThat(CallbackData.parse("")).isEmpty();
    }

    @Test
    void dataOverSixtyFourBytesIsABug() {
        assertThatThrownBy(() -> CallbackData.of("x".repeat(65)).serialize()).isInstanceOf(IllegalStateException.class);
    }
}
