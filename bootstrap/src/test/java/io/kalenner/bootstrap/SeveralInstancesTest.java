package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.collection.List;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real programs, each in its own JVM, on one PostgreSQL and one Bot API stand-in (both in the
 * test's JVM, outliving the programs): only one polls, and when it is killed with SIGKILL the other
 * takes over within seconds, with no update lost or acted on twice.
 */
class SeveralInstancesTest {

    private static final String TOKEN = "5252:several-instances";
    private static final int USERS_PER_PHASE = 5;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path workDirectory;

    private BotApiServer telegram;
    private EmbeddedPostgres postgres;
    private Process first;
    private Process second;

    @AfterEach
    void stopEverything() throws Exception {
        for (Process program : new Process[] {first, second}) {
            if (program != null && program.isAlive()) {
                program.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void whenThePollingInstanceIsKilledTheOtherTakesOverAndEveryUpdateIsAnsweredOnce() throws Exception {
        // given one database and one Telegram, and two programs started one after the other
        telegram = BotApiServer.start(TOKEN);
        postgres = EmbeddedPostgres.builder().setDataDirectory(workDirectory.resolve("postgres")).start();
        int firstPort = SandboxModeTest.freePort();
        first = startProgram("first", firstPort);
        await().atMost(Duration.ofSeconds(60)).until(() -> ready(firstPort));
        int secondPort = SandboxModeTest.freePort();
        second = startProgram("second", secondPort);
        await().atMost(Duration.ofSeconds(60)).until(() -> ready(secondPort));

        // then the first polls, and the second stands by, ready: it serves pages and delivers notifications
        assertThat(log("first")).contains("polling leadership taken");
        assertThat(log("second")).contains("updates=standby").doesNotContain("polling leadership taken");

        // and updates sent while the first polls are answered
        List<TelegramUser> beforeTheKill = usersWrite("До");
        beforeTheKill.forEach(user -> user.awaitBotText("Добро пожаловать"));

        // when the polling one is killed (no shutdown hook runs), and users write meanwhile
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        List<TelegramUser> meanwhile = usersWrite("Пока");

        // then the second takes over within seconds (a check every 2 s, then a poll) and answers them
        await().atMost(Duration.ofSeconds(8)).until(() -> meanwhile.forAll(SeveralInstancesTest::welcomed));
        assertThat(log("second")).contains("polling leadership taken");
        // and answers what comes after
        List<TelegramUser> after = usersWrite("После");
        after.forEach(user -> user.awaitBotText("Добро пожаловать"));
        second.destroy(); // SIGTERM: a clean stop, after which nothing more can be answered
        assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // and every update was answered exactly once
        beforeTheKill.appendAll(meanwhile).appendAll(after)
                .forEach(user -> assertThat(welcomes(user)).as(user.firstName()).isEqualTo(1));
        // and the two never polled at once: the stand-in saw no competing polls but, at most, the killed one's
        telegram.assertNoViolationsButPollsLeftBy(1);
    }

    private List<TelegramUser> usersWrite(String phase) {
        List<TelegramUser> users = List.range(0, USERS_PER_PHASE).map(i -> telegram.newUser(phase + " " + i, "ru"));
        users.forEach(user -> user.sendText("/start"));
        return users;
    }

    private Process startProgram(String name, int httpPort) throws IOException {
        ProcessBuilder builder = ChildProgram.in(workDirectory, name + ".log");
        builder.environment().put("KALENNER_TELEGRAM_TOKEN", TOKEN);
        builder.environment().put("KALENNER_TELEGRAM_API_URL", telegram.baseUrl());
        builder.environment().put("KALENNER_DB_URL", postgres.getJdbcUrl("postgres", "postgres"));
        builder.environment().put("KALENNER_DB_USER", "postgres");
        builder.environment().put("KALENNER_DATA_DIR", workDirectory.resolve(name).toString());
        builder.environment().put("KALENNER_HTTP_PORT", String.valueOf(httpPort));
        return builder.start();
    }

    private static boolean ready(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready")).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String log(String name) {
        try {
            return Files.readString(workDirectory.resolve(name + ".log"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static boolean welcomed(TelegramUser user) {
        return welcomes(user) >= 1;
    }

    private static long welcomes(TelegramUser user) {
        return user.messages().stream().filter(ChatMessage::fromBot).filter(m -> m.text().startsWith("Добро пожаловать")).count();
    }
}
