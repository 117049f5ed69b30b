package io.kalenner.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.application.MutableClock;
import io.kalenner.application.World;
import io.kalenner.application.document.OpenDownload;
import io.kalenner.application.document.UploadSharedDocument;
import io.kalenner.application.port.DocumentContent;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.DocumentStore;
import io.kalenner.application.port.LinkSigner;
import io.kalenner.application.port.SignedLink;
import io.kalenner.application.port.StoredDocument;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.SharedDocument;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The web server's download links over real HTTP, on the in-memory booking core (a client and her specialist share documents). */
class WebServerTest {

    private final World world = new World();
    private final MutableClock clock = world.clock;
    private final Account zoe = world.specialist("Zoe");
    private final Account anna = world.clientOf(zoe, "Anna");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private WebServer server = WebServer.start(0);

    WebServerTest() {
        server.serveDownloads(world.core.openDownload());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(10));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A document Anna shared with Zoe. */
    private SharedDocument stored(byte[] bytes, String name, String type) {
        return world.core.uploadSharedDocument().upload(anna.id(),
                new UploadSharedDocument.Command(anna.id(), zoe.id(), new ByteArrayInputStream(bytes), name, type)).get();
    }

    /** Anna's link to the document, as the bot would hand it to her. */
    private SignedLink linkTo(SharedDocument document) {
        return world.core.sharedDocumentDownloadLink().link(anna.id(), document.id()).get();
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new Random(9).nextBytes(bytes);
        return bytes;
    }

    @Test
    void givenAStoredBinaryFileWhenItsSignedLinkIsFollowedThenTheSameBytesArriveAsAnAttachment() throws Exception {
        // given
        byte[] bytes = randomBytes(700_001);
        SharedDocument document = stored(bytes, "Договор №1.pdf", "application/pdf");
        SignedLink link = linkTo(document);

        // when
        HttpResponse<byte[]> response = get("/d/" + link.token());

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(bytes);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Content-Length")).hasValue("700001");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"_______ _1.pdf\"; filename*=UTF-8''%D0%94%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80%20%E2%84%961.pdf");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void givenALinkWhenFollowedJustBeforeFiveMinutesThenTheDocumentComes() throws Exception {
        SharedDocument document = stored(new byte[] {1, 2, 3}, "a.bin", "application/octet-stream");
        SignedLink link = linkTo(document);

        clock.set(link.expiresAt().minusMillis(1));

        assertThat(get("/d/" + link.token()).body()).containsExactly(1, 2, 3);
    }

    @Test
    void givenFiveMinutesPassedWhenTheLinkIsFollowedThenA410PageSaysToPressDownloadAgainInTheBrowsersLanguage() throws Exception {
        // given
        SharedDocument document = stored(new byte[] {1}, "a.bin", "application/octet-stream");
        SignedLink link = linkTo(document);

        // when
        clock.advance(LinkSigner.VALIDITY);
        HttpResponse<byte[]> russian = get("/d/" + link.token(), "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7");
        HttpResponse<byte[]> english = get("/d/" + link.token(), "en-GB,en;q=0.9,ru;q=0.5");
        HttpResponse<byte[]> unknown = get("/d/" + link.token(), "de-DE");

        // then
        assertThat(russian.statusCode()).isEqualTo(410);
        assertThat(russian.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(text(russian)).contains("Ссылка устарела").contains("нажмите «Скачать» ещё раз");
        assertThat(english.statusCode()).isEqualTo(410);
        assertThat(text(english)).contains("This link has expired").contains("press Download again");
        assertThat(text(unknown)).contains("press Download again");
    }

    @Test
    void givenATamperedOrMadeUpTokenWhenFollowedThenTheAnswerIs404() throws Exception {
        // given
        SharedDocument document = stored(new byte[] {1}, "a.bin", "application/octet-stream");
        String token = linkTo(document).token();
        String tampered = token.substring(0, 10) + (token.charAt(10) == 'x' ? 'y' : 'x') + token.substring(11);

        // then: also when the forged token would be long expired
        assertThat(get("/d/" + tampered).statusCode()).isEqualTo(404);
        assertThat(get("/d/" + token.substring(1)).statusCode()).isEqualTo(404);
        assertThat(get("/d/not-a-token").statusCode()).isEqualTo(404);
        clock.advance(Duration.ofDays(1));
        HttpResponse<byte[]> forgedLater = get("/d/" + tampered, "ru");
        assertThat(forgedLater.statusCode()).isEqualTo(404);
        assertThat(text(forgedLater)).contains("Ссылка не найдена");
    }

    @Test
    void givenAFileNameMadeToInjectHeadersWhenDownloadedThenTheHeadersStayOurs() throws Exception {
        // given
        SharedDocument document = stored(new byte[] {1}, "evil\"\r\nSet-Cookie: session=stolen\r\n\r\n<script>.html", "text/html");
        SignedLink link = linkTo(document);

        // when
        HttpResponse<byte[]> response = get("/d/" + link.token());

        // then: one disposition, still an attachment; the upload cannot run as a page of ours
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.headers().allValues("Content-Disposition")).singleElement()
                .satisfies(value -> assertThat(value).startsWith("attachment; filename=\"evil___Set-Cookie: session=stolen____<script>.html\"")
                        .doesNotContain("\r").doesNotContain("\n"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; sandbox");
        assertThat(response.body()).containsExactly(1);
    }

    @Test
    void givenADocumentThatBreaksMidwayWhenDownloadedThenTheClientNeverSeesACompleteFile() throws Exception {
        // given: a store whose document fails after its first 100 000 bytes, as a damaged chunk does
        DocumentStore breaking = new BreakingStore(300_000, 100_000);
        server.serveDownloads(token -> breaking.open(DocumentId.random()).map(content -> new OpenDownload.Download(anna.id(), content)));

        // when / then: the connection ends short of the announced length, which the client reports
        assertThatThrownBy(() -> get("/d/any")).isInstanceOf(IOException.class);
    }

    @Test
    void givenTheCoreNotRunningYetWhenALinkIsFollowedThenTheAnswerIs503AndNoBytes() throws Exception {
        // given: a link from before, and a server just started
        SignedLink link = linkTo(stored(new byte[] {1, 2, 3}, "a.bin", "application/octet-stream"));
        try (WebServer starting = WebServer.start(0)) {
            // when
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + starting.port() + "/d/" + link.token())).build(), HttpResponse.BodyHandlers.ofByteArray());

            // then
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(text(response)).contains("could not be served");
        }
    }

    @Test
    void givenTheServerRunsWhenHealthIsAskedThenItSaysUpAsJson() throws Exception {
        HttpResponse<byte[]> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(text(response)).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void givenABrowserAskingForThePagesIconThenItGetsTheSvgIconAtEitherAddress() throws Exception {
        for (String path : java.util.List.of(WebServer.ICON_PATH, "/favicon.ico")) {
            HttpResponse<byte[]> response = get(path);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
            assertThat(text(response)).startsWith("<svg").endsWith("</svg>");
        }
    }

    @Test
    void givenTheServerClosedWhenAskedThenNothingAnswers() {
        int port = server.port();

        server.close();

        assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()))
                .isInstanceOf(IOException.class);
    }

    /** Serves any id as a document whose stream throws after {@code failAfter} of its {@code size} bytes. */
    private record BreakingStore(int size, int failAfter) implements DocumentStore {

        @Override
        public long sizeLimit() {
            return DEFAULT_SIZE_LIMIT;
        }

        @Override
        public Either<Rejection, StoredDocument> store(InputStream content, String fileName, String contentType) {
            throw new UnsupportedOperationException("this store only breaks downloads");
        }

        @Override
        public Either<Rejection, DocumentContent> open(DocumentId id) {
            InputStream failing = new InputStream() {
                int served;

                @Override
                public int read() throws IOException {
                    if (served >= failAfter) {
                        throw new IOException("document " + id + " is damaged: chunk 1 failed authentication");
                    }
                    served++;
                    return 'a';
                }
            };
            return Either.right(new DocumentContent(new StoredDocument(id, "broken.bin", "application/octet-stream", size), failing));
        }

        @Override
        public boolean delete(DocumentId id) {
            return false;
        }
    }
}
