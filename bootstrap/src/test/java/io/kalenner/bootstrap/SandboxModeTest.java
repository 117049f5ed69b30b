package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.application.BookingCore;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.control.Option;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program without a token: the sandbox page, its ready-made users, and a restart on the same data. */
class SandboxModeTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDirectory;

    @Test
    void givenNoToken_whenTheSandboxStarts_thenItsPageShowsTheSpecialistAndTwoClientsAndTheSpecialistIsReady() throws Exception {
        Configuration configuration = configuration(Map.of());
        try (PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory);
                SandboxMode sandbox = SandboxMode.start(configuration, database, Clock.systemUTC())) {

            JsonNode state = getJson(sandbox.pageUrl() + "api/state");

            assertThat(sandbox.pageUrl()).isEqualTo("http://127.0.0.1:" + configuration.httpPort() + "/sandbox/");
            assertThat(state.get("users")).extracting(user -> user.get("firstName").asText() + "/" + user.get("languageCode").asText())
                    .containsExactly("Анна/ru", "Борис/ru", "Emma/en");
            Account specialist = accountOf(sandbox, SandboxMode.SPECIALIST).get();
            assertThat(specialist.isProvider()).isTrue();
            assertThat(sandbox.kalenner().core().ports().services().activeOf(specialist.id()))
                    .singleElement().satisfies(service -> assertThat(service.name()).isEqualTo("Консультация"));
            sandbox.telegram().assertNoViolations();
        }
    }

    @Test
    void givenTheDemoOff_whenTheSandboxStarts_thenTheUsersAreThereButNoSpecialistIsMade() throws Exception {
        try (PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory);
                SandboxMode sandbox = SandboxMode.start(configuration(Map.of("KALENNER_SANDBOX_DEMO", "off")), database, Clock.systemUTC())) {

            assertThat(getJson(sandbox.pageUrl() + "api/state").get("users")).hasSize(3);
            assertThat(accountOf(sandbox, SandboxMode.SPECIALIST)).isEmpty();
        }
    }

    @Test
    void givenASandboxThatRan_whenItRestartsOnTheSameData_thenNothingIsMadeTwiceAndTheSameUsersAreServed() throws Exception {
        Configuration configuration = configuration(Map.of());
        AccountId firstRunClient;
        try (PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory);
                SandboxMode sandbox = SandboxMode.start(configuration, database, Clock.systemUTC())) {
            TelegramUser client = sandbox.telegram().userNamed(SandboxMode.CLIENT_RU, "ru");
            client.sendText("/start");
            client.awaitBotMessage(message -> message.text().contains("Добро пожаловать") && !message.replyKeyboard().isEmpty());
            firstRunClient = accountOf(sandbox, SandboxMode.CLIENT_RU).get().id();
            sandbox.telegram().assertNoViolations();
        }

        try (PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory);
                SandboxMode sandbox = SandboxMode.start(configuration, database, Clock.systemUTC())) {
            BookingCore core = sandbox.kalenner().core();
            Account specialist = accountOf(sandbox, SandboxMode.SPECIALIST).get();
            TelegramUser client = sandbox.telegram().userNamed(SandboxMode.CLIENT_RU, "ru");

            // a new update must not pass for one the bot saw in the first run
            client.sendText("/start");

            client.awaitBotMessage(message -> message.text().contains("Добро пожаловать") && !message.replyKeyboard().isEmpty());
            assertThat(core.ports().services().activeOf(specialist.id())).hasSize(1);
            assertThat(accountOf(sandbox, SandboxMode.CLIENT_RU).get().id()).isEqualTo(firstRunClient);
            sandbox.telegram().assertNoViolations();
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(Thread::isAlive)
                .extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("kalenner") || name.startsWith("botapi-")));
    }

    private Configuration configuration(Map<String, String> more) throws IOException {
        Map<String, String> values = new HashMap<>(more);
        values.put("KALENNER_DATA_DIR", dataDirectory.toString());
        values.put("KALENNER_HTTP_PORT", String.valueOf(freePort()));
        return Configuration.from(values);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Option<Account> accountOf(SandboxMode sandbox, String name) {
        TelegramUser user = sandbox.telegram().userNamed(name, "ru");
        return sandbox.kalenner().core().ports().accounts().findByTelegramUser(new TelegramUserId(user.id()));
    }

    private static JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
