package io.kalenner.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.FileId;
import io.vavr.collection.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileTest {

    private final AccountId zoe = new AccountId(UUID.fromString("0f1e2d3c-4b5a-6978-8a9b-acbdcedfe0f1"));
    private final Profile fresh = Profile.start(zoe);

    private static FileId file() {
        return new FileId(UUID.randomUUID());
    }

    @Test
    void aNewProfileIsUnpublishedEmptyAndAddressedByADefaultSlugFromTheAccount() {
        assertThat(fresh.published()).isFalse();
        assertThat(fresh.slug().value()).isEqualTo("p-0f1e2d3c4b5a");
        assertThat(fresh.about()).isEmpty();
        assertThat(fresh.design()).isEqualTo(Design.DEFAULT);
        assertThat(fresh.design().sections()).containsExactly(Section.values());
    }

    @Test
    void aSlugIsTrimmedAndLowerCased() {
        assertThat(Slug.parse("  Anna-Yoga2 ").get().value()).isEqualTo("anna-yoga2");
    }

    @Test
    void aSlugWithOtherCharactersOrOfTheWrongLengthIsRefused() {
        for (String bad : new String[] {"", "ab", "a".repeat(41), "2anna", "anna-", "an--na", "anna yoga", "анна", "a/../b",
                "<script>", "anna_yoga", "anna.yoga"}) {
            assertThat(Slug.parse(bad).getLeft().reason()).as(bad).isEqualTo(Reason.INVALID_SLUG);
        }
    }

    @Test
    void aColourIsAcceptedOnlyAsHashAndSixHexDigits() {
        assertThat(AccentColour.parse("#A1b2C3").get().hex()).isEqualTo("#a1b2c3");
        for (String bad : new String[] {"", "a1b2c3", "#abc", "#a1b2c3d", "#gggggg", "red", "#a1b2c3;x"}) {
            assertThat(AccentColour.parse(bad).getLeft().reason()).as(bad).isEqualTo(Reason.INVALID_COLOUR);
        }
    }

    @Test
    void onlyAbsoluteHttpAndHttpsLinksAreAccepted() {
        assertThat(WebLink.parse(" https://anna.example/yoga?x=1 ").get().url()).isEqualTo("https://anna.example/yoga?x=1");
        assertThat(WebLink.parse("HTTP://anna.example").isRight()).isTrue();
        assertThat(WebLink.parse("https://medium.com/@anna#top").isRight()).isTrue();
        assertThat(WebLink.parse("https://анна.рф:8443/йога").isRight()).isTrue();
        for (String bad : new String[] {"javascript:alert(1)", "data:text/html,<script>", "ftp://anna.example", "anna.example",
                "//anna.example", "https://", "https://a b.example", "https://user:pw@anna.example", "mailto:a@b.c",
                "https://anna.example/\"onmouseover=alert(1)", "https://anna.example/<b>", "https://anna.example/\ttab"}) {
            assertThat(WebLink.parse(bad).getLeft().reason()).as(bad).isEqualTo(Reason.INVALID_URL);
        }
    }

    @Test
    void contactsAreCheckedOneByOneAndBlankMeansNone() {
        assertThat(Contacts.email(" anna@yoga.example ").get()).contains("anna@yoga.example");
        assertThat(Contacts.email("anna@").getLeft().reason()).isEqualTo(Reason.INVALID_EMAIL);
        assertThat(Contacts.email("<script>@x.y").getLeft().reason()).isEqualTo(Reason.INVALID_EMAIL);
        assertThat(Contacts.phone("+7 (999) 123-45-67").get()).contains("+7 (999) 123-45-67");
        assertThat(Contacts.phone("call me").getLeft().reason()).isEqualTo(Reason.INVALID_PHONE);
        assertThat(Contacts.address("x".repeat(301)).getLeft().reason()).isEqualTo(Reason.TEXT_TOO_LONG);
        assertThat(Contacts.website("  ").get()).isEmpty();
        assertThat(Contacts.socials("https://vk.com/anna\nhttps://t.me/anna").get().map(WebLink::url))
                .containsExactly("https://vk.com/anna", "https://t.me/anna");
        assertThat(Contacts.socials("https://vk.com/anna javascript:alert(1)").getLeft().reason()).isEqualTo(Reason.INVALID_URL);
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedAndTheProfileStaysAsItWas() {
        assertThat(fresh.withAbout("x".repeat(Profile.MAX_TEXT_LENGTH + 1)).getLeft().reason()).isEqualTo(Reason.TEXT_TOO_LONG);
        assertThat(fresh.withAbout("  Yoga teacher  ").get().about()).isEqualTo("Yoga teacher");
        assertThat(fresh.about()).isEmpty();
    }

    @Test
    void aDesignListsEachSectionAtMostOnceAndHidesTheOthers() {
        Design design = Design.of(Theme.NIGHT, "#112233", List.of(Section.SERVICES, Section.ABOUT)).get();

        assertThat(design.shows(Section.SERVICES)).isTrue();
        assertThat(design.shows(Section.GALLERY)).isFalse();
        assertThat(Design.of(Theme.WARM, "#112233", List.of(Section.ABOUT, Section.ABOUT)).getLeft().reason())
                .isEqualTo(Reason.INVALID_INPUT);
        assertThat(Design.of(Theme.WARM, "blue", List.of(Section.ABOUT)).getLeft().reason()).isEqualTo(Reason.INVALID_COLOUR);
    }

    @Test
    void aGalleryTakesPicturesUpToItsLimitInOrder() {
        Profile profile = fresh;
        for (int i = 0; i < Profile.MAX_GALLERY_SIZE; i++) {
            profile = profile.addPicture(file()).get();
        }
        FileId first = profile.gallery().head();

        assertThat(profile.addPicture(file()).getLeft().reason()).isEqualTo(Reason.GALLERY_FULL);
        assertThat(profile.removePicture(first).get().gallery()).hasSize(Profile.MAX_GALLERY_SIZE - 1).doesNotContain(first);
        assertThat(profile.removePicture(file()).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(profile.showsPicture(first)).isTrue();
    }

    @Test
    void publishingAndUnpublishingChangeOnlyWhetherThePageIsSeen() {
        Profile published = fresh.withPhoto(file()).publish();

        assertThat(published.published()).isTrue();
        assertThat(published.unpublish()).isEqualTo(fresh.withPhoto(published.photo().get()));
    }
}
