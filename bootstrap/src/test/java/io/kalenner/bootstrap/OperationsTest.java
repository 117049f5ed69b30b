package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running the program: readiness and metrics on the web server, and webhook mode end to end
 * through the Bot API stand-in, which posts every update to the program's webhook with the secret.
 */
class OperationsTest {

    private static final String TOKEN = "7171:operations";
    private static final String SECRET = "webhook_Secret-7";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDirectory;

    @Test
    void inWebhookModeAStartReachesTheBotThroughTheWebhookAndIsAnsweredAndCounted() throws Exception {
        inWebhookMode((telegram, program, port) -> {
            // given the program set its webhook at the stand-in
            assertThat(telegram.webhookUrl()).isEqualTo(hookUrl(port));
            assertThat(get(port, "/ready").statusCode()).isEqualTo(200);
            TelegramUser anna = telegram.newUser("Anna", "en");

            // when
            anna.sendText("/start");

            // then
            anna.awaitBotMessage(message -> message.text().contains("Kalenner"), Duration.ofSeconds(30));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(get(port, "/metrics").body())
                    .contains("kalenner_updates_seconds_count{kind=\"message\"} 1")
                    .contains("kalenner_updates_seconds_bucket{kind=\"message\",le=\"+Inf\"} 1")
                    .contains("kalenner_updates_seconds_bucket{kind=\"message\",le=\"0.05\"}")
                    .containsPattern("kalenner_telegram_messages_sent_total\\{method=\"sendmessage\"} [1-9]")
                    .contains("kalenner_telegram_errors_total{code=\"429\"} 0.0")
                    .contains("kalenner_outbox_depth{outbox=\"notifications\"} 0.0"));
            assertThat(get(port, "/metrics").body()).doesNotContain("Anna").doesNotContain("/start");
            assertThat(telegram.pendingUpdates()).isZero();
            telegram.assertNoViolations();
        });
    }

    @Test
    void aWebhookRequestWithoutOrWithAWrongSecretIs401AndChangesNothing() throws Exception {
        inWebhookMode((telegram, program, port) -> {
            // given a /start from someone the bot never saw
            long stranger = 90_000_001L;
            String update = "{\"update_id\":555,\"message\":{\"message_id\":1,\"date\":1764489600,\"text\":\"/start\","
                    + "\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":6}],"
                    + "\"chat\":{\"id\":" + stranger + ",\"type\":\"private\",\"first_name\":\"Eve\"},"
                    + "\"from\":{\"id\":" + stranger + ",\"is_bot\":false,\"first_name\":\"Eve\",\"language_code\":\"en\"}}}";

            // when
            HttpResponse<String> missing = post(port, update, null);
            HttpResponse<String> wrong = post(port, update, SECRET + "X");

            // then
            assertThat(missing.statusCode()).isEqualTo(401);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(program.kalenner().core().ports().accounts().findByTelegramUser(new TelegramUserId(stranger))).isEmpty();
            assertThat(get(port, "/metrics").body()).contains("kalenner_updates_seconds_count{kind=\"message\"} 0");

            // and the same update with the secret is taken (it is well-formed, so the refusals were the secret's doing)
            assertThat(post(port, update, SECRET).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> program.kalenner().core().ports().accounts()
                    .findByTelegramUser(new TelegramUserId(stranger)).isDefined());
        });
    }

    @Test
    void anUpdateTelegramPostsTwiceToTheWebhookIsHandledOnce() throws Exception {
        inWebhookMode((telegram, program, port) -> {
            // given Anna wrote to the bot, so it may write to her
            TelegramUser anna = telegram.newUser("Anna", "en");
            anna.sendText("/start");
            anna.awaitBotMessage(message -> message.text().contains("Kalenner"), Duration.ofSeconds(30));
            String again = "{\"update_id\":900001,\"message\":{\"message_id\":900,\"date\":1764489600,\"text\":\"/start\","
                    + "\"entities\":[{\"type\":\"bot_command\",\"offset\":0,\"length\":6}],"
                    + "\"chat\":{\"id\":" + anna.id() + ",\"type\":\"private\",\"first_name\":\"Anna\"},"
                    + "\"from\":{\"id\":" + anna.id() + ",\"is_bot\":false,\"first_name\":\"Anna\",\"language_code\":\"en\"}}}";

            // when the same update arrives twice, as after a webhook timeout
            assertThat(post(port, again, SECRET).statusCode()).isEqualTo(200);
            assertThat(post(port, again, SECRET).statusCode()).isEqualTo(200);

            // then the second was left out as soon as it came, and only the first was answered
            assertThat(get(port, "/metrics").body()).contains("kalenner_updates_repeated_total 1.0");
            await().atMost(Duration.ofSeconds(30)).until(() -> get(port, "/metrics").body()
                    .contains("kalenner_updates_seconds_count{kind=\"message\"} 2"));
            assertThat(anna.messages()).filteredOn(ChatMessage::fromBot).hasSize(2);
        });
    }

    @Test
    void inPollingModeTheProgramIsReadyWhileItPollsAndTheDatabaseAnswersAndNotOnceTheDatabaseIsGone() throws Exception {
        int port = SandboxModeTest.freePort();
        try (BotApiServer telegram = BotApiServer.start(TOKEN)) {
            PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory.resolve("postgres"));
            try (BotMode program = BotMode.start(configuration(telegram, port, Map.of()), database, Clock.systemUTC())) {
                // when the bot polls and the database answers
                await().atMost(Duration.ofSeconds(10)).until(() -> telegram.heldPolls() == 1);
                HttpResponse<String> ready = get(port, "/ready");

                // then
                assertThat(ready.statusCode()).isEqualTo(200);
                assertThat(ready.body()).contains("READY");
                assertThat(telegram.webhookUrl()).isEmpty();

                // when the database is gone
                database.close();

                // then it is still alive, but no longer ready
                assertThat(get(port, "/ready").statusCode()).isEqualTo(503);
                assertThat(get(port, "/health").statusCode()).isEqualTo(200);
            }
        }
    }

    private String hookUrl(int port) {
        return "http://127.0.0.1:" + port + "/telegram/webhook";
    }

    private Configuration webhookConfiguration(BotApiServer telegram, int port) {
        return configuration(telegram, port, Map.of("KALENNER_TELEGRAM_MODE", "webhook", "KALENNER_WEBHOOK_URL", hookUrl(port),
                "KALENNER_WEBHOOK_SECRET", SECRET));
    }

    private Configuration configuration(BotApiServer telegram, int port, Map<String, String> more) {
        return BotModeTest.configuration(telegram, dataDirectory, port, more);
    }

    /** What a test does with a program in webhook mode on {@code port}, with the stand-in as Telegram. */
    @FunctionalInterface
    private interface WebhookProgram {
        void run(BotApiServer telegram, BotMode program, int port) throws Exception;
    }

    private void inWebhookMode(WebhookProgram test) throws Exception {
        int port = SandboxModeTest.freePort();
        try (BotApiServer telegram = BotApiServer.start(TOKEN);
                PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory.resolve("postgres"));
                BotMode program = BotMode.start(webhookConfiguration(telegram, port), database, Clock.systemUTC())) {
            test.run(telegram, program, port);
        }
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String body, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hookUrl(port))).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
