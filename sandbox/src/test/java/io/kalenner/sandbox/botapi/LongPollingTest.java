package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LongPollingTest {

    private final BotApiServer server = BotApiServer.start("123:polling");
    private final RawBot bot = new RawBot(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPollWithoutUpdatesIsHeldForItsTimeout() {
        long started = System.nanoTime();

        RawBot.Reply reply = bot.call("getUpdates", Map.of("timeout", 2));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result()).isEmpty();
        server.assertNoViolations();
    }

    @Test
    void aHeldPollReturnsAsSoonAsAnUpdateArrives() throws Exception {
        TelegramUser anna = server.newUser("Anna", "ru");
        long started = System.nanoTime();
        CompletableFuture<RawBot.Reply> poll = bot.callAsync("getUpdates", Map.of("timeout", 30));

        anna.sendText("hello");

        RawBot.Reply reply = poll.get(10, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(reply.result()).hasSize(1);
        assertThat(reply.result().get(0).at("/message/text").asText()).isEqualTo("hello");
        assertThat(reply.result().get(0).at("/message/from/language_code").asText()).isEqualTo("ru");
        server.assertNoViolations();
    }

    @Test
    void updatesStayUntilAPollConfirmsThemWithAHigherOffset() {
        TelegramUser anna = server.newUser("Anna", "ru");
        anna.sendText("one");
        anna.sendText("two");

        long first = bot.call("getUpdates", Map.of()).result().get(0).get("update_id").asLong();
        RawBot.Reply again = bot.call("getUpdates", Map.of("offset", first));
        RawBot.Reply afterConfirming = bot.call("getUpdates", Map.of("offset", first + 1));

        assertThat(again.result()).hasSize(2);
        assertThat(afterConfirming.result()).hasSize(1);
        assertThat(afterConfirming.result().get(0).at("/message/text").asText()).isEqualTo("two");
        assertThat(server.pendingUpdates()).isEqualTo(1);
    }

    @Test
    void aPollReturnsAtMostItsLimitAndOnlyTheTypesAskedFor() {
        TelegramUser anna = server.newUser("Anna", "en");
        anna.sendText("one");
        anna.sendText("two");

        RawBot.Reply limited = bot.call("getUpdates", Map.of("limit", 1));
        RawBot.Reply onlyCallbacks = bot.call("getUpdates", Map.of("allowed_updates", List.of("callback_query")));

        assertThat(limited.result()).hasSize(1);
        assertThat(onlyCallbacks.result()).isEmpty();
        assertThat(server.pendingUpdates()).isZero();
    }

    @Test
    void aNewerPollEndsAHeldOneWithAConflict() throws Exception {
        CompletableFuture<RawBot.Reply> older = bot.callAsync("getUpdates", Map.of("timeout", 30));
        await().until(() -> server.heldPolls() == 1);

        bot.call("getUpdates", Map.of());

        RawBot.Reply ended = older.get(10, TimeUnit.SECONDS);
        assertThat(ended.status()).isEqualTo(409);
        assertThat(ended.description()).isEqualTo("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
        assertThat(server.violations()).extracting(Violation::method).containsExactly("getUpdates");
    }

    @Test
    void aPollEndedByANewerOneIsForgivenOnlyAsOftenAsABotWasStopped() throws Exception {
        CompletableFuture<RawBot.Reply> leftByAStoppedBot = bot.callAsync("getUpdates", Map.of("timeout", 30));
        await().until(() -> server.heldPolls() == 1);
        CompletableFuture<RawBot.Reply> ofTheNextBot = bot.callAsync("getUpdates", Map.of("timeout", 30));
        leftByAStoppedBot.get(10, TimeUnit.SECONDS);
        await().until(() -> server.heldPolls() == 1);

        server.assertNoViolationsButPollsLeftBy(1);
        bot.call("getUpdates", Map.of());
        ofTheNextBot.get(10, TimeUnit.SECONDS);

        assertThatThrownBy(() -> server.assertNoViolationsButPollsLeftBy(1)).hasMessageStartingWith("2 Bot API violation(s)");
        assertThatThrownBy(server::assertNoViolations).hasMessageStartingWith("2 Bot API violation(s)");
    }

    @Test
    void aWebhookRulesOutPollingUntilItIsDeleted() {
        RawBot.Reply plainHttp = bot.call("setWebhook", Map.of("url", "http://bot.example/hook"));
        bot.call("setWebhook", Map.of("url", "https://bot.example/hook"));

        RawBot.Reply whileSet = bot.call("getUpdates", Map.of());
        bot.call("deleteWebhook", Map.of());
        RawBot.Reply afterDelete = bot.call("getUpdates", Map.of());

        assertThat(plainHttp.description()).isEqualTo("Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        assertThat(whileSet.status()).isEqualTo(409);
        assertThat(whileSet.description()).isEqualTo("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
        assertThat(afterDelete.status()).isEqualTo(200);
        assertThat(server.violations()).extracting(Violation::method).containsExactly("setWebhook", "getUpdates");
    }

    @Test
    void closingTheServerEndsAHeldPollAtOnce() {
        CompletableFuture<RawBot.Reply> poll = bot.callAsync("getUpdates", Map.of("timeout", 30));
        await().until(() -> server.heldPolls() == 1);
        long started = System.nanoTime();

        server.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        await().atMost(Duration.ofSeconds(5)).until(poll::isDone);
    }
}
