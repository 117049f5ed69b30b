package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The switches that make the stand-in behave more like the real, remote, rate-limited Telegram. */
class RealismSwitchesTest {

    private final BotApiServer server = BotApiServer.start("123:realism");
    private final RawBot bot = new RawBot(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void withoutRateLimitsABotMaySendAsFastAsItLikes() {
        TelegramUser anna = startedUser();

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            statuses.add(send(anna, "message " + i).status());
        }

        assertThat(statuses).containsOnly(200);
    }

    @Test
    void withRateLimitsAChatTakesABurstOfThreeThenMustWait() {
        TelegramUser anna = startedUser();
        server.rateLimits(true);

        List<RawBot.Reply> replies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            replies.add(send(anna, "message " + i));
        }

        assertThat(replies).extracting(RawBot.Reply::status).containsExactly(200, 200, 200, 429);
        RawBot.Reply refused = replies.get(3);
        long retryAfter = refused.body().at("/parameters/retry_after").asLong();
        assertThat(retryAfter).isPositive();
        assertThat(refused.description()).isEqualTo("Too Many Requests: retry after " + retryAfter);
        assertThat(server.violations()).extracting(Violation::description).containsExactly("429 Too Many Requests: retry after " + retryAfter);
    }

    @Test
    void withRateLimitsTheBotTakesAboutThirtyMessagesASecondOverall() {
        List<TelegramUser> users = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            users.add(startedUser());
        }
        server.rateLimits(true);

        List<Integer> statuses = new ArrayList<>();
        for (TelegramUser user : users) {
            statuses.add(send(user, "one").status());
            statuses.add(send(user, "two").status());
        }

        assertThat(statuses.subList(0, 30)).containsOnly(200);
        assertThat(statuses).contains(429);
    }

    @Test
    void latencyDelaysEveryCall() {
        server.latency(Duration.ofMillis(300));
        long started = System.nanoTime();

        bot.call("getMe", Map.of());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void givenThePage_whenAPersonTurnsTheSwitchesOn_thenTheBotIsLimitedAndDelayedAndEveryPageIsTold() {
        PageClient page = new PageClient(server);
        TelegramUser anna = startedUser();

        try (PageClient.EventStream events = page.events()) {
            events.await("state", state -> !state.at("/realism/rateLimits").asBoolean() && state.at("/realism/latencyMillis").asLong() == 0);
            PageClient.Answer switched = page.post("api/realism", Map.of("rateLimits", true, "latencyMillis", 200));

            assertThat(switched.status()).isEqualTo(200);
            assertThat(events.await("realism", realism -> true).data()).hasToString("{\"rateLimits\":true,\"latencyMillis\":200}");
        }
        long started = System.nanoTime();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(send(anna, "message " + i).status());
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
        assertThat(statuses).containsExactly(200, 200, 200, 429);
    }

    @Test
    void givenThePage_whenASwitchGetsABadValue_thenItIsRefusedAndNothingChanges() {
        PageClient page = new PageClient(server);

        PageClient.Answer tooSlow = page.post("api/realism", Map.of("rateLimits", true, "latencyMillis", 60_000));
        PageClient.Answer notAFlag = page.post("api/realism", Map.of("rateLimits", "yes"));

        assertThat(tooSlow.status()).isEqualTo(400);
        assertThat(tooSlow.json().get("error").asText()).isEqualTo("latencyMillis must be a whole number from 0 to 5000");
        assertThat(notAFlag.status()).isEqualTo(400);
        assertThat(page.get("api/realism").json()).hasToString("{\"rateLimits\":false,\"latencyMillis\":0}");
    }

    private TelegramUser startedUser() {
        TelegramUser user = server.newUser("User", "en");
        user.sendText("/start");
        return user;
    }

    private RawBot.Reply send(TelegramUser user, String text) {
        return bot.call("sendMessage", Map.of("chat_id", user.id(), "text", text));
    }
}
