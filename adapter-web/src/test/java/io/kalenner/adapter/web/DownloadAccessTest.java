package io.kalenner.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.document.UploadSharedDocument;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.SignedLink;
import io.kalenner.application.terms.TermsDownloadLink;
import io.kalenner.application.terms.UploadTermsDocument;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.TermsDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A link is checked again when it is followed, through the booking core's {@code OpenDownload}:
 * one whose document was deleted, or whose account may not read it, serves nothing.
 */
class DownloadAccessTest {

    private static final String SECRET = "only-for-the-parties";

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");
    private final Account member = world.memberOf(clinic, "Member");
    private final Account anna = world.clientOf(clinic, "Anna");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final WebServer server = WebServer.start(0);

    DownloadAccessTest() {
        server.serveDownloads(world.core.openDownload());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> follow(SignedLink link, String acceptLanguage) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/d/" + link.token()))
                .header("Accept-Language", acceptLanguage).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private SharedDocument sharedByAnna() {
        return world.core.uploadSharedDocument().upload(anna.id(), new UploadSharedDocument.Command(anna.id(), clinic.id(),
                new ByteArrayInputStream(SECRET.getBytes(StandardCharsets.UTF_8)), "scan.txt", "text/plain")).get();
    }

    private TermsDocument clinicsRules() {
        return world.core.uploadTermsDocument().newDocument(clinic.id(), new UploadTermsDocument.NewDocument("Rules", true,
                new UploadTermsDocument.Upload(new ByteArrayInputStream(SECRET.getBytes(StandardCharsets.UTF_8)), "rules.txt", "text/plain"))).get();
    }

    @Test
    void givenAMembersLinkToTheClinicsTermsWhenFollowedThenTheDocumentComes() throws Exception {
        // given
        TermsDocument rules = clinicsRules();
        SignedLink link = world.core.termsDownloadLink().link(member.id(), new TermsDownloadLink.Command(rules.id(), 1)).get();

        // when
        HttpResponse<String> response = follow(link, "en");

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(SECRET);
    }

    @Test
    void givenALinkWhoseDocumentWasDeletedSinceWhenFollowedThenA410PageSaysSoAndNoBytesCome() throws Exception {
        // given: the member has a link to Anna's scan, then Anna deletes it
        SharedDocument scan = sharedByAnna();
        SignedLink link = world.core.sharedDocumentDownloadLink().link(member.id(), scan.id()).get();
        world.core.deleteSharedDocument().delete(anna.id(), scan.id()).get();

        // when
        HttpResponse<String> russian = follow(link, "ru");
        HttpResponse<String> english = follow(link, "en");

        // then
        assertThat(russian.statusCode()).isEqualTo(410);
        assertThat(russian.body()).contains("Документ удалён").doesNotContain(SECRET);
        assertThat(english.statusCode()).isEqualTo(410);
        assertThat(english.body()).contains("The document was deleted").doesNotContain(SECRET);
    }

    @Test
    void givenALinkMadeForAnAccountThatMayNotReadTheDocumentWhenFollowedThenA403PageAndNoBytes() throws Exception {
        // given: genuine links, made for a specialist outside the clinic (as one who has left would hold)
        Account outsider = world.specialist("Outsider");
        SharedDocument scan = sharedByAnna();
        TermsDocument rules = clinicsRules();
        SignedLink toScan = world.ports.links().sign(new DocumentId(scan.file().value()), outsider.id());
        SignedLink toRules = world.ports.links().sign(new DocumentId(rules.current().file().value()), outsider.id());

        // when
        HttpResponse<String> scanResponse = follow(toScan, "ru");
        HttpResponse<String> rulesResponse = follow(toRules, "en");

        // then
        assertThat(scanResponse.statusCode()).isEqualTo(403);
        assertThat(scanResponse.body()).contains("Нет доступа").doesNotContain(SECRET);
        assertThat(scanResponse.headers().firstValue("Content-Disposition")).isEmpty();
        assertThat(rulesResponse.statusCode()).isEqualTo(403);
        assertThat(rulesResponse.body()).contains("You no longer have access").doesNotContain(SECRET);
    }
}
