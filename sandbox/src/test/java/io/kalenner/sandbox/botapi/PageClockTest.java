package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The page's clock: it shows the program's time, and moves it only through the action the program handed over. */
class PageClockTest {

    private static final Instant START = Instant.parse("2026-11-30T06:00:00Z");

    @Test
    void givenAProgramWithAMovableClock_whenThePageSteps_thenTheProgramIsToldAndEveryPageSeesTheNewTime() {
        AtomicReference<Instant> now = new AtomicReference<>(START);
        List<Duration> steps = new ArrayList<>();
        Clock clock = new SteppedClock(now);
        try (BotApiServer server = BotApiServer.startAcrossRuns("321:clock", 0, clock, step -> {
            steps.add(step);
            now.updateAndGet(instant -> instant.plus(step));
        })) {
            PageClient page = new PageClient(server);
            assertThat(page.get("api/state").json().at("/clock/now").asText()).isEqualTo("2026-11-30T06:00:00Z");
            assertThat(page.get("api/state").json().at("/clock/movable").asBoolean()).isTrue();

            try (PageClient.EventStream events = page.events()) {
                events.await("state", state -> true);
                PageClient.Answer hour = page.post("api/clock", Map.of("by", "PT1H"));
                PageClient.Answer day = page.post("api/clock", Map.of("by", "P1D"));

                assertThat(hour.status()).isEqualTo(200);
                assertThat(hour.json().get("now").asText()).isEqualTo("2026-11-30T07:00:00Z");
                assertThat(day.json().get("now").asText()).isEqualTo("2026-12-01T07:00:00Z");
                events.await("clock", clockNow -> clockNow.get("now").asText().equals("2026-12-01T07:00:00Z"));
            }
            assertThat(steps).containsExactly(Duration.ofHours(1), Duration.ofDays(1));
            assertThat(page.get("api/clock").json().get("epochMillis").asLong()).isEqualTo(Instant.parse("2026-12-01T07:00:00Z").toEpochMilli());

            // a user's message is dated by the program's time, as the bot sees it
            long anna = page.addUser("Anna", "ru").get("id").asLong();
            page.sendText(anna, "hello");
            assertThat(page.get("api/state").json().at("/users/0/messages/0/date").asLong())
                    .isEqualTo(Instant.parse("2026-12-01T07:00:00Z").getEpochSecond());
        }
    }

    @Test
    void givenAMovableClock_whenAStepIsNotAPositiveDurationOfAtMostAYear_thenItIsRefusedAndNothingMoves() {
        List<Duration> steps = new ArrayList<>();
        try (BotApiServer server = BotApiServer.startAcrossRuns("321:clock", 0, Clock.systemUTC(), steps::add)) {
            PageClient page = new PageClient(server);

            for (String by : new String[] {"-PT1H", "PT0S", "P367D", "tomorrow", ""}) {
                assertThat(page.post("api/clock", Map.of("by", by)).status()).as(by).isEqualTo(400);
            }
            assertThat(steps).isEmpty();
        }
    }

    @Test
    void givenAStandInWithoutAClockAction_whenThePageAsksToStep_thenItIsRefusedAndThePageOffersNoButtons() {
        try (BotApiServer server = BotApiServer.start("321:clock")) {
            PageClient page = new PageClient(server);

            assertThat(page.post("api/clock", Map.of("by", "PT1H")).status()).isEqualTo(409);
            assertThat(page.get("api/state").json().at("/clock/movable").asBoolean()).isFalse();
            assertThat(page.get("api/state").json().at("/clock/aheadSeconds").asLong()).isZero();
        }
    }

    @Test
    void givenThePage_whenItIsServed_thenItHasTheClockButtons() {
        try (BotApiServer server = BotApiServer.start("321:clock")) {
            String html = new PageClient(server).get("").text();

            assertThat(html).contains("data-by=\"PT1H\"", "data-by=\"P1D\"", "id=\"clock-now\"");
        }
    }

    /** A clock that reads a shared instant, for the test to move. */
    private static final class SteppedClock extends Clock {
        private final AtomicReference<Instant> now;

        SteppedClock(AtomicReference<Instant> now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
