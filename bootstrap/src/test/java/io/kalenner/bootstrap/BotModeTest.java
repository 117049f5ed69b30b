package io.kalenner.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.adapter.storage.SecretKeys;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.port.SignedLink;
import io.kalenner.application.profile.EditProfile;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.vavr.control.Option;
import io.kalenner.application.document.UploadSharedDocument;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.sandbox.botapi.BotApiServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The program with a token: its web server, the documents it keeps and the links it signs, on real HTTP. */
class BotModeTest {

    private static final String TOKEN = "6161:bot-mode";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dataDirectory;

    @Test
    void givenATokenAndNoKey_whenTheProgramRuns_thenTheWebServerIsHealthyAndADocumentDownloadsThroughItsLinkAndNothingIsLeftAfterwards()
            throws Exception {
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();
        int port = SandboxModeTest.freePort();
        try (BotApiServer telegram = BotApiServer.start(TOKEN);
                PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory.resolve("postgres"))) {
            Configuration configuration = configuration(telegram, port, Map.of());
            try (BotMode program = BotMode.start(configuration, database, Clock.systemUTC())) {
                Web web = program.web();

                HttpResponse<String> health = get("http://127.0.0.1:" + port + "/health", HttpResponse.BodyHandlers.ofString());
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("UP");
                assertThat(web.port()).isEqualTo(port);
                // the use cases keep and sign through the same store and signer the web server serves from
                assertThat(program.kalenner().core().ports().documents()).isSameAs(web.documents());
                assertThat(program.kalenner().core().ports().links()).isSameAs(web.links());

                // a client shares a contract with her specialist, who asks for a link to it
                BookingCore core = program.kalenner().core();
                Account zoe = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(4243), "Zoe", Language.EN));
                core.registerAsProvider().register(zoe.id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
                Account anna = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(4244), "Anna", Language.RU));
                core.acceptInvitation().accept(anna.id(), new AcceptInvitation.Command(core.createClientInvitation().create(zoe.id()).get().code().value())).get();
                byte[] content = "%PDF-1.7 a contract".getBytes(StandardCharsets.US_ASCII);
                SharedDocument shared = core.uploadSharedDocument().upload(anna.id(), new UploadSharedDocument.Command(anna.id(), zoe.id(),
                        new ByteArrayInputStream(content), "Договор.pdf", "application/pdf")).get();
                SignedLink link = core.sharedDocumentDownloadLink().link(zoe.id(), shared.id()).get();
                assertThat(web.downloadUrl(link).toString()).isEqualTo("http://localhost:" + port + "/d/" + link.token());
                HttpResponse<byte[]> download = get(web.downloadUrl(link).toString(), HttpResponse.BodyHandlers.ofByteArray());

                assertThat(download.statusCode()).isEqualTo(200);
                assertThat(download.body()).isEqualTo(content);
                assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
                // encrypted at rest under <data dir>/documents, keyed by a generated <data dir>/secret.key
                assertThat(dataDirectory.resolve(SecretKeys.KEY_FILE_NAME)).isRegularFile();
                try (Stream<Path> files = Files.list(dataDirectory.resolve(Web.DOCUMENTS_DIRECTORY))) {
                    assertThat(files).singleElement().satisfies(file -> {
                        assertThat(file.getFileName().toString()).isEqualTo(shared.file().value() + ".kdoc");
                        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("a contract");
                    });
                }

                // the client deletes the contract: the specialist's link, minutes from expiry, serves nothing more
                core.deleteSharedDocument().delete(anna.id(), shared.id()).get();
                HttpResponse<String> afterDeletion = get(web.downloadUrl(link).toString(), HttpResponse.BodyHandlers.ofString());

                assertThat(afterDeletion.statusCode()).isEqualTo(410);
                assertThat(afterDeletion.body()).contains("was deleted").doesNotContain("a contract");
                telegram.assertNoViolations();
            }
            // closed: the port is free again and no server thread is left
            assertThat(isFree(port)).isTrue();
        }
        // every thread the program started has ended; left are only process-wide daemons of the JDK, the test's
        // HTTP client, awaitility, and OkHttp/Okio (one idle thread each per JVM, not per client)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(Thread.getAllStackTraces().keySet())
                .filteredOn(Thread::isAlive)
                .filteredOn(thread -> !before.contains(thread))
                .extracting(Thread::getName)
                .allMatch(name -> name.startsWith("HttpClient-") || name.equals("OkHttp TaskRunner") || name.equals("Okio Watchdog")
                        || name.equals("process reaper") || name.startsWith("Cleaner-") || name.startsWith("ForkJoinPool")
                        || name.equals("Attach Listener") || name.startsWith("awaitility")));
    }

    @Test
    void givenAPublishedProfile_whenItsPageIsOpened_thenTheRunningProgramServesItWithAnInvitationToItsOwnBot() throws Exception {
        int port = SandboxModeTest.freePort();
        try (BotApiServer telegram = BotApiServer.start(TOKEN);
                PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory.resolve("postgres"))) {
            try (BotMode program = BotMode.start(configuration(telegram, port, Map.of()), database, Clock.systemUTC())) {
                BookingCore core = program.kalenner().core();
                Account zoe = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(4242), "Zoe", Language.EN));
                core.registerAsProvider().register(zoe.id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
                core.editProfile().edit(zoe.id(), new EditProfile.Command(EditProfile.Field.SLUG, "zoe-yoga")).get();
                URI page = program.web().profileUrl("zoe-yoga");
                assertThat(get(page.toString(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);

                core.publishProfile().publish(zoe.id(), true).get();
                HttpResponse<String> published = get(page.toString(), HttpResponse.BodyHandlers.ofString());

                assertThat(page.toString()).isEqualTo("http://localhost:" + port + "/p/zoe-yoga");
                assertThat(published.statusCode()).isEqualTo(200);
                String code = core.createClientInvitation().create(zoe.id()).get().code().value();
                assertThat(published.body()).contains("<h1>Zoe</h1>")
                        .contains("https://t.me/" + program.kalenner().bot().username() + "?start=" + code);
            }
        }
    }

    @Test
    void givenKalennerSecretKey_whenTheProgramRuns_thenNoKeyFileIsWrittenAndAMalformedKeyStopsItNamingTheVariable() throws Exception {
        int port = SandboxModeTest.freePort();
        try (BotApiServer telegram = BotApiServer.start(TOKEN);
                PostgresPersistence database = PostgresPersistence.embeddedNotDurable(dataDirectory.resolve("postgres"))) {
            try (BotMode program = BotMode.start(configuration(telegram, port, Map.of("KALENNER_SECRET_KEY", SecretKeys.newKeyText())),
                    database, Clock.systemUTC())) {
                assertThat(get("http://127.0.0.1:" + port + "/health", HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            }
            assertThat(dataDirectory.resolve(SecretKeys.KEY_FILE_NAME)).doesNotExist();

            String malformed = "not-a-key-" + UUID.randomUUID();
            assertThatThrownBy(() -> BotMode.start(configuration(telegram, port, Map.of("KALENNER_SECRET_KEY", malformed)), database, Clock.systemUTC()))
                    .isInstanceOf(Web.CannotOpenDocuments.class)
                    .hasMessageContaining("KALENNER_SECRET_KEY")
                    .hasMessageNotContaining(malformed);
            assertThat(isFree(port)).isTrue();
        }
    }

    @Test
    void givenTheProgramInItsOwnJvm_whenItGetsSigterm_thenItStopsCleanlyAndFreesBothPorts() throws Exception {
        int port = SandboxModeTest.freePort();
        ProcessBuilder builder = ChildProgram.in(dataDirectory, "program.log");
        // no token: the sandbox, its page on the port and the web server on the next one
        builder.environment().put("KALENNER_HTTP_PORT", String.valueOf(port));
        builder.environment().put("KALENNER_DATA_DIR", dataDirectory.resolve("data").toString());
        Process program = builder.start();
        try {
            // a program that stops on its own (a port taken meanwhile, say) ends the wait at once, and its log says why
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> !program.isAlive() || isHealthy(port + 1));
            assertThat(program.isAlive()).as(Files.readString(dataDirectory.resolve("program.log"))).isTrue();
            await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> get("http://127.0.0.1:" + port + "/sandbox/api/state", HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            // the line it prints once everything started and Ctrl-C / SIGTERM will stop it
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.readString(dataDirectory.resolve("program.log")).contains("Ctrl-C stops it"));

            program.destroy(); // SIGTERM

            assertThat(program.waitFor(30, TimeUnit.SECONDS)).as(Files.readString(dataDirectory.resolve("program.log"))).isTrue();
            assertThat(Files.readString(dataDirectory.resolve("program.log"))).contains("component stopped name=web");
            assertThat(isFree(port)).isTrue();
            assertThat(isFree(port + 1)).isTrue();
        } finally {
            if (program.isAlive()) {
                program.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                // an embedded server left by a killed program is stopped by the next start on its directory
                PostgresPersistence.embedded(dataDirectory.resolve("data").resolve("postgres")).close();
            }
        }
    }

    private static boolean isHealthy(int webPort) throws Exception {
        return get("http://127.0.0.1:" + webPort + "/health", HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private Configuration configuration(BotApiServer telegram, int port, Map<String, String> more) {
        return configuration(telegram, dataDirectory, port, more);
    }

    /** A program with the stand-in's token and address, its data under {@code dataDirectory}, its web server on {@code port}. */
    static Configuration configuration(BotApiServer telegram, Path dataDirectory, int port, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(more);
        values.put("KALENNER_TELEGRAM_TOKEN", telegram.token());
        values.put("KALENNER_TELEGRAM_API_URL", telegram.baseUrl());
        values.put("KALENNER_DATA_DIR", dataDirectory.toString());
        values.put("KALENNER_HTTP_PORT", String.valueOf(port));
        return Configuration.from(values);
    }

    private static <T> HttpResponse<T> get(String url, HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(), body);
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
