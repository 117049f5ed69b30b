package io.kalenner.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.booking.EditService;
import io.kalenner.application.profile.DesignProfile;
import io.kalenner.application.profile.EditProfile;
import io.kalenner.application.profile.EditProfile.Field;
import io.kalenner.application.profile.UploadProfilePicture;
import io.kalenner.application.profile.UploadProfilePicture.Target;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Section;
import io.kalenner.domain.profile.Theme;
import io.kalenner.domain.service.Service;
import io.vavr.collection.List;
import io.vavr.control.Option;
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

/** Providers' public pages over real HTTP, on the in-memory booking core. */
class ProfilePagesTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
    private static final String SCRIPT = "<script>alert(1)</script>";

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final WebServer server = WebServer.start(0);

    ProfilePagesTest() {
        server.serveProfiles(new ProfilePages(world.core.viewPublicProfile(), world.core.openProfilePicture(), "kalenner_bot"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<byte[]> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).header("Accept-Language", acceptLanguage).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private String page(String slug, String acceptLanguage) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get("/p/" + slug, acceptLanguage);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").get()).startsWith("text/html");
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private Profile edit(Account provider, Field field, String value) {
        return world.core.editProfile().edit(provider.id(), new EditProfile.Command(field, value))
                .getOrElseThrow(refused -> new AssertionError(refused.toString()));
    }

    private Profile design(Account provider, Theme theme, String accent, Section... sections) {
        return world.core.designProfile().design(provider.id(), new DesignProfile.Command(theme, accent, List.of(sections))).get();
    }

    private FileId upload(Account provider, Target target) {
        Profile profile = world.core.uploadProfilePicture().upload(provider.id(),
                new UploadProfilePicture.Command(target, new ByteArrayInputStream(PNG), "me.png")).get();
        return target == Target.PHOTO ? profile.photo().get() : profile.gallery().last();
    }

    private void publish(Account provider, boolean published) {
        world.core.publishProfile().publish(provider.id(), published).get();
    }

    @Test
    void eachThemeRendersAsItselfWithTheAccentColourAndAMobileViewport() throws Exception {
        edit(zoe, Field.SLUG, "zoe");
        edit(zoe, Field.ABOUT, "Yoga for everyone");
        publish(zoe, true);

        for (Theme theme : Theme.values()) {
            design(zoe, theme, "#AA3300", Section.ABOUT);
            String html = page("zoe", "en");

            assertThat(html).contains("<body class=\"theme-" + theme.name().toLowerCase() + "\" style=\"--accent:#aa3300\">");
            assertThat(html).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
            assertThat(html).contains("Yoga for everyone");
        }
    }

    @Test
    void aScriptInEveryTextFieldComesOutAsTextNeverAsATag() throws Exception {
        Account evil = world.specialist(SCRIPT);
        world.service(evil, SCRIPT, Duration.ofHours(1));
        edit(evil, Field.SLUG, "evil");
        edit(evil, Field.ABOUT, SCRIPT);
        edit(evil, Field.EXPERIENCE, SCRIPT);
        edit(evil, Field.EDUCATION, SCRIPT);
        edit(evil, Field.ADDRESS, SCRIPT + "\"'");
        edit(evil, Field.WEBSITE, "https://evil.example/?q=%3Cscript%3E&a=1");
        publish(evil, true);

        String html = page("evil", "en");

        assertThat(html).doesNotContainIgnoringCase("<script");
        // the name in the title and heading, the service, about, experience, education and address
        assertThat(html.split("&lt;script&gt;alert\\(1\\)&lt;/script&gt;", -1)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(html).contains("href=\"https://evil.example/?q=%3Cscript%3E&amp;a=1\"");
        assertThat(html).doesNotContain(SCRIPT + "\"'");
    }

    @Test
    void sectionsShowInTheChosenOrderAndHiddenOnesNotAtAll() throws Exception {
        edit(zoe, Field.SLUG, "zoe");
        edit(zoe, Field.ABOUT, "About Zoe");
        edit(zoe, Field.EXPERIENCE, "Twelve years");
        edit(zoe, Field.EDUCATION, "Sports academy");
        world.service(zoe, "Morning yoga", Duration.ofMinutes(90));
        design(zoe, Theme.WARM, "#112233", Section.SERVICES, Section.ABOUT, Section.EXPERIENCE);
        publish(zoe, true);

        String html = page("zoe", "en");

        assertThat(html).containsSubsequence("id=\"services\"", "Morning yoga", "90 min", "2500.00 RUB", "id=\"about\"",
                "About Zoe", "id=\"experience\"");
        assertThat(html).doesNotContain("Sports academy").doesNotContain("id=\"education\"");
    }

    @Test
    void eachServiceShowsItsDescriptionInTheCatalogueAsTextNeverAsATag() throws Exception {
        // given
        edit(zoe, Field.SLUG, "zoe");
        Service yoga = world.service(zoe, "Morning yoga", Duration.ofMinutes(90));
        world.service(zoe, "Stretching", Duration.ofMinutes(30));
        world.core.editService().edit(zoe.id(), new EditService.Command(yoga.id(), Option.none(), Option.none(), Option.none(),
                Option.some("Gentle start.\nBring a mat " + SCRIPT), Option.none())).get();
        design(zoe, Theme.CLASSIC, "#112233", Section.SERVICES);
        publish(zoe, true);

        // when
        String html = page("zoe", "en");

        // then
        assertThat(html).containsSubsequence("Morning yoga", "90 min",
                "<p class=\"description\">Gentle start.\nBring a mat &lt;script&gt;alert(1)&lt;/script&gt;</p>", "</li>", "Stretching");
        assertThat(html).doesNotContainIgnoringCase("<script");
        assertThat(html.split("class=\"description\"", -1)).hasSize(2);
    }

    @Test
    void thePageInvitesToTheBotWithTheProvidersInvitationAndLinksTheAddressToAMap() throws Exception {
        edit(zoe, Field.SLUG, "zoe");
        edit(zoe, Field.ADDRESS, "Moscow, Arbat 1");
        edit(zoe, Field.EMAIL, "zoe@yoga.example");
        edit(zoe, Field.SOCIALS, "https://vk.com/zoe");
        publish(zoe, true);
        Invitation invitation = world.core.createClientInvitation().create(zoe.id()).get();

        String html = page("zoe", "en");

        assertThat(html).contains("href=\"https://t.me/kalenner_bot?start=" + invitation.code().value() + "\"");
        assertThat(html).contains("href=\"https://www.openstreetmap.org/search?query=Moscow%2C+Arbat+1\"");
        assertThat(html).contains("href=\"mailto:zoe@yoga.example\"").contains("href=\"https://vk.com/zoe\"");
    }

    @Test
    void thePageSpeaksRussianOrEnglishByAcceptLanguage() throws Exception {
        edit(zoe, Field.SLUG, "zoe");
        edit(zoe, Field.ABOUT, "Yoga");
        publish(zoe, true);

        String russian = page("zoe", "ru-RU,ru;q=0.9,en;q=0.8");
        String english = page("zoe", "en-GB,en;q=0.9");

        assertThat(russian).contains("<html lang=\"ru\">").contains("О себе").contains("Записаться в Telegram");
        assertThat(english).contains("<html lang=\"en\">").contains("About").contains("Book in Telegram").doesNotContain("О себе");
    }

    @Test
    void anUnpublishedOrUnknownPageIsNotFound() throws Exception {
        edit(zoe, Field.SLUG, "zoe");
        publish(zoe, true);
        publish(zoe, false);

        HttpResponse<byte[]> hidden = get("/p/zoe", "en");
        HttpResponse<byte[]> unknown = get("/p/nobody", "ru");

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(new String(hidden.body(), StandardCharsets.UTF_8)).contains("Page not found");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("Страница не найдена");
    }

    @Test
    void aPublishedProfilesPicturesAreServedAndShownButNoOtherFile() throws Exception {
        edit(zoe, Field.SLUG, "zoe");
        FileId photo = upload(zoe, Target.PHOTO);
        FileId picture = upload(zoe, Target.GALLERY);
        publish(zoe, true);
        Account max = world.specialist("Max");
        FileId maxs = upload(max, Target.PHOTO);
        publish(max, true);

        HttpResponse<byte[]> served = get("/p/zoe/media/" + picture, "en");

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(PNG);
        assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page("zoe", "en")).contains("src=\"/p/zoe/media/" + photo + "\"").contains("src=\"/p/zoe/media/" + picture + "\"");
        assertThat(get("/p/zoe/media/" + maxs, "en").statusCode()).isEqualTo(404);
        assertThat(get("/p/zoe/media/..%2F..%2Fsecret.key", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnpublishedProfilesPicturesAreNotServed() throws Exception {
        edit(zoe, Field.SLUG, "zoe");
        FileId photo = upload(zoe, Target.PHOTO);
        publish(zoe, true);
        assertThat(get("/p/zoe/media/" + photo, "en").statusCode()).isEqualTo(200);

        publish(zoe, false);

        assertThat(get("/p/zoe/media/" + photo, "en").statusCode()).isEqualTo(404);
    }

    @Test
    void aPageForbidsEveryScriptByItsContentSecurityPolicy() throws Exception {
        edit(zoe, Field.SLUG, "zoe");
        publish(zoe, true);

        HttpResponse<byte[]> response = get("/p/zoe", "en");

        assertThat(response.headers().firstValue("Content-Security-Policy").get()).startsWith("default-src 'none';")
                .doesNotContain("script-src");
    }

    @Test
    void beforeTheBotIsKnownProfilePagesAreNotFound() throws Exception {
        edit(zoe, Field.SLUG, "zoe");
        publish(zoe, true);

        try (WebServer bare = WebServer.start(0)) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + bare.port() + "/p/zoe")).build();
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        }
    }
}
