package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.booking.ListFreeSlots;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.port.SignedLink;
import io.kalenner.application.terms.TermsDownloadLink;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeRange;
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
import java.time.Instant;
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
                    .containsExactly("Анна/ru", "Борис/ru", "Emma/en", "Школа Парус/ru", "Мария/ru");
            Account specialist = accountOf(sandbox, SandboxMode.SPECIALIST).get();
            assertThat(specialist.isProvider()).isTrue();
            assertThat(sandbox.kalenner().core().ports().services().activeOf(specialist.id()))
                    .singleElement().satisfies(service -> {
                        assertThat(service.name()).isEqualTo("Консультация");
                        assertThat(service.description()).containsExactly(SandboxMode.DEMO_SERVICE_DESCRIPTION);
                        assertThat(service.paymentLink().map(link -> link.url())).containsExactly("https://example.com/pay/consultation");
                    });
            assertDemoDataOnce(sandbox);
            sandbox.telegram().assertNoViolations();
        }
    }

    @Test
    void givenTheDemoOff_whenTheSandboxStarts_thenTheUsersAreThereButNoSpecialistIsMade() throws Exception {
        try (PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory);
                SandboxMode sandbox = SandboxMode.start(configuration(Map.of("KALENNER_SANDBOX_DEMO", "off")), database, Clock.systemUTC())) {

            assertThat(getJson(sandbox.pageUrl() + "api/state").get("users")).hasSize(3);
            assertThat(accountOf(sandbox, SandboxMode.SPECIALIST)).isEmpty();
            assertThat(accountOf(sandbox, SandboxMode.ORGANIZATION)).isEmpty();
            assertThat(accountOf(sandbox, SandboxMode.MEMBER)).isEmpty();
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
            assertDemoDataOnce(sandbox);
            assertThat(accountOf(sandbox, SandboxMode.CLIENT_RU).get().id()).isEqualTo(firstRunClient);
            sandbox.telegram().assertNoViolations();
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(Thread::isAlive)
                .extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("kalenner") || name.startsWith("botapi-") || name.startsWith("JettyServerThreadPool")));
    }

    @Test
    void givenAnAcceptedAppointment_whenThePageMovesTheClockPastItsStart_thenTheSpecialistCanMarkItCompleted() throws Exception {
        try (PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory);
                SandboxMode sandbox = SandboxMode.start(configuration(Map.of()), database, Clock.systemUTC())) {
            BookingCore core = sandbox.kalenner().core();
            Account specialist = accountOf(sandbox, SandboxMode.SPECIALIST).get();
            Appointment appointment = acceptedAppointment(sandbox, specialist);
            Instant start = appointment.time().start();
            assertThat(core.closeAppointment().complete(specialist.id(), appointment.id()).getLeft().reason())
                    .isEqualTo(Rejection.Reason.NOT_STARTED_YET);

            // the page's +1 day, until the appointment has begun (it is within two weeks, D4)
            int days = 0;
            while (sandbox.clock().instant().isBefore(start)) {
                JsonNode moved = postJson(sandbox.pageUrl() + "api/clock", "{\"by\":\"P1D\"}");
                assertThat(Instant.parse(moved.get("now").asText())).isAfterOrEqualTo(Instant.now().plus(Duration.ofDays(++days)).minusSeconds(60));
                assertThat(days).isLessThanOrEqualTo(15);
            }

            assertThat(core.ports().clock().instant()).isAfterOrEqualTo(start);
            assertThat(getJson(sandbox.pageUrl() + "api/state").at("/clock/aheadSeconds").asLong())
                    .isGreaterThanOrEqualTo(Duration.ofDays(days).toSeconds() - 60);
            var completed = core.closeAppointment().complete(specialist.id(), appointment.id());
            assertThat(completed.isRight()).as(completed.toString()).isTrue();
            assertThat(completed.get().status()).isEqualTo(AppointmentStatus.COMPLETED);
            // and the bot, on the same clock, tells the client
            sandbox.telegram().userNamed(SandboxMode.CLIENT_RU, "ru")
                    .awaitBotMessage(message -> message.text().contains("Запись завершена"));
            sandbox.telegram().assertNoViolations();
        }
    }

    @Test
    void givenTheSandbox_whenItRuns_thenItsWebServerOnTheNextPortIsHealthyAndServesADocumentThroughASignedLink() throws Exception {
        Configuration configuration = configuration(Map.of());
        try (PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory);
                SandboxMode sandbox = SandboxMode.start(configuration, database, Clock.systemUTC())) {
            Web web = sandbox.web();

            assertThat(web.port()).isEqualTo(configuration.httpPort() + 1);
            assertThat(configuration.publicUrl()).isEqualTo(URI.create("http://localhost:" + web.port()));
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            // the demo specialist's terms, through a link made for the specialist
            BookingCore core = sandbox.kalenner().core();
            Account specialist = accountOf(sandbox, SandboxMode.SPECIALIST).get();
            TermsDocument terms = core.ports().terms().ofProvider(specialist.id()).head();
            SignedLink link = core.termsDownloadLink().link(specialist.id(), new TermsDownloadLink.Command(terms.id(), 1)).get();
            HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(web.downloadUrl(link)).build(), HttpResponse.BodyHandlers.ofByteArray());

            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(new String(download.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("Запись можно отменить");
            assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
            assertThat(dataDirectory.resolve("secret.key")).isRegularFile();
        }
    }

    /**
     * The demo's organization with its one service and its one member with working hours, and
     * Анна's one terms document that needs consent, whose file holds the text uploaded.
     */
    private static void assertDemoDataOnce(SandboxMode sandbox) throws IOException {
        BookingCore core = sandbox.kalenner().core();
        Account anna = accountOf(sandbox, SandboxMode.SPECIALIST).get();
        Account organization = accountOf(sandbox, SandboxMode.ORGANIZATION).get();
        Account member = accountOf(sandbox, SandboxMode.MEMBER).get();

        assertThat(organization.isOrganization()).isTrue();
        assertThat(organization.displayName()).isEqualTo("Школа Парус");
        assertThat(core.ports().services().activeOf(organization.id())).hasSize(1);
        assertThat(core.listOrganizationSpecialists().specialists(organization.id(), organization.id()).get())
                .extracting(Account::id).containsExactly(member.id());
        assertThat(member.isProvider()).isTrue();
        assertThat(core.ports().schedules().of(member.id())).isEqualTo(core.ports().schedules().of(anna.id()));
        assertThat(core.ports().schedules().of(member.id()).hours()).isNotEqualTo(io.kalenner.domain.schedule.Schedule.empty().hours());

        var terms = core.ports().terms().ofProvider(anna.id());
        assertThat(terms).hasSize(1);
        var document = terms.head();
        assertThat(document.consentRequired()).isTrue();
        assertThat(document.current().fileName()).isEqualTo("Условия.txt");
        try (var content = core.ports().documents().open(new io.kalenner.application.port.DocumentId(document.current().file().value())).get()) {
            assertThat(new String(content.content().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("24 часа");
        }
    }

    /** Борис, invited by Анна, books her service at the first free time, and she accepts. */
    private static Appointment acceptedAppointment(SandboxMode sandbox, Account specialist) {
        BookingCore core = sandbox.kalenner().core();
        TelegramUser clientUser = sandbox.telegram().userNamed(SandboxMode.CLIENT_RU, "ru");
        Account client = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(clientUser.id()), clientUser.firstName(), Language.RU));
        String invitation = core.createClientInvitation().create(specialist.id()).get().code().value();
        core.acceptInvitation().accept(client.id(), new AcceptInvitation.Command(invitation)).get();
        Service service = core.ports().services().activeOf(specialist.id()).iterator().next();
        Instant now = sandbox.clock().instant();
        Instant slot = core.listFreeSlots().freeSlots(client.id(), new ListFreeSlots.Command(service.id(),
                new TimeRange(now, now.plus(Duration.ofDays(14))))).get().head();
        Appointment requested = core.requestAppointment().request(client.id(), new RequestAppointment.Command(service.id(), slot)).get();
        return core.answerRequest().accept(specialist.id(), requested.id()).get();
    }

    private Configuration configuration(Map<String, String> more) throws IOException {
        Map<String, String> values = new HashMap<>(more);
        values.put("KALENNER_DATA_DIR", dataDirectory.toString());
        values.put("KALENNER_HTTP_PORT", String.valueOf(freePort()));
        return Configuration.from(values);
    }

    /** A free port whose next port is free too: the sandbox's page takes one, its web server the next. */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                int port = socket.getLocalPort();
                if (port < 65535 && isFree(port + 1)) {
                    return port;
                }
            }
        }
        throw new IOException("no two free ports in a row");
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static Option<Account> accountOf(SandboxMode sandbox, String name) {
        TelegramUser user = sandbox.telegram().userNamed(name, "ru");
        return sandbox.kalenner().core().ports().accounts().findByTelegramUser(new TelegramUserId(user.id()));
    }

    private static JsonNode postJson(String url, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("X-Sandbox-Action", "test").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    private static JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
