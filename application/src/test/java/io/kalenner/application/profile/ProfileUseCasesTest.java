package io.kalenner.application.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.port.DocumentContent;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.profile.EditProfile.Field;
import io.kalenner.application.profile.UploadProfilePicture.Target;
import io.kalenner.application.profile.ViewPublicProfile.PublicProfile;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Section;
import io.kalenner.domain.profile.Slug;
import io.kalenner.domain.profile.Theme;
import io.kalenner.domain.service.Service;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A provider edits, designs, illustrates and publishes its profile; anyone sees a published one. */
class ProfileUseCasesTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Account anna = world.clientOf(zoe, "Anna");

    private Either<Rejection, Profile> edit(Account actor, Field field, String value) {
        return world.core.editProfile().edit(actor.id(), new EditProfile.Command(field, value));
    }

    private Either<Rejection, Profile> upload(Account actor, Target target, byte[] bytes) {
        return world.core.uploadProfilePicture().upload(actor.id(),
                new UploadProfilePicture.Command(target, new ByteArrayInputStream(bytes), "picture.png"));
    }

    private Profile stored(Account provider) {
        return world.ports.profiles().findByProvider(provider.id()).get();
    }

    private byte[] read(FileId file) {
        try (DocumentContent content = world.ports.documents().open(new DocumentId(file.value())).get()) {
            return content.content().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theFirstEditCreatesAnUnpublishedProfileUnderTheDefaultSlug() {
        Profile profile = edit(zoe, Field.ABOUT, "  Yoga for everyone  ").get();

        assertThat(profile.about()).isEqualTo("Yoga for everyone");
        assertThat(profile.slug()).isEqualTo(Slug.defaultFor(zoe.id()));
        assertThat(profile.published()).isFalse();
        assertThat(stored(zoe)).isEqualTo(profile);
    }

    @Test
    void everyFieldCanBeSetAndABlankValueClearsIt() {
        edit(zoe, Field.SLUG, "Zoe-Yoga").get();
        edit(zoe, Field.EXPERIENCE, "12 years").get();
        edit(zoe, Field.EDUCATION, "Sports academy").get();
        edit(zoe, Field.WEBSITE, "https://zoe.example").get();
        edit(zoe, Field.EMAIL, "zoe@yoga.example").get();
        edit(zoe, Field.PHONE, "+7 999 000-00-00").get();
        edit(zoe, Field.ADDRESS, "Moscow, Arbat 1").get();
        Profile profile = edit(zoe, Field.SOCIALS, "https://vk.com/zoe\nhttps://t.me/zoe").get();

        assertThat(profile.slug().value()).isEqualTo("zoe-yoga");
        assertThat(profile.experience()).isEqualTo("12 years");
        assertThat(profile.education()).isEqualTo("Sports academy");
        assertThat(profile.contacts().website().get().url()).isEqualTo("https://zoe.example");
        assertThat(profile.contacts().email()).contains("zoe@yoga.example");
        assertThat(profile.contacts().phone()).contains("+7 999 000-00-00");
        assertThat(profile.contacts().address()).contains("Moscow, Arbat 1");
        assertThat(profile.contacts().socials()).hasSize(2);
        assertThat(edit(zoe, Field.PHONE, " ").get().contacts().phone()).isEmpty();
    }

    @Test
    void badValuesAreRefusedWithTheirReasonAndChangeNothing() {
        Profile before = edit(zoe, Field.ABOUT, "Yoga").get();

        assertThat(edit(zoe, Field.SLUG, "no spaces please").getLeft().reason()).isEqualTo(Reason.INVALID_SLUG);
        assertThat(edit(zoe, Field.SLUG, "").getLeft().reason()).isEqualTo(Reason.INVALID_SLUG);
        assertThat(edit(zoe, Field.WEBSITE, "javascript:alert(1)").getLeft().reason()).isEqualTo(Reason.INVALID_URL);
        assertThat(edit(zoe, Field.EMAIL, "zoe at yoga").getLeft().reason()).isEqualTo(Reason.INVALID_EMAIL);
        assertThat(edit(zoe, Field.PHONE, "<script>").getLeft().reason()).isEqualTo(Reason.INVALID_PHONE);
        assertThat(edit(zoe, Field.ABOUT, "x".repeat(Profile.MAX_TEXT_LENGTH + 1)).getLeft().reason()).isEqualTo(Reason.TEXT_TOO_LONG);
        assertThat(stored(zoe)).isEqualTo(before);
    }

    @Test
    void aSlugAnotherProviderHasIsTaken() {
        Account max = world.specialist("Max");
        edit(zoe, Field.SLUG, "yoga").get();

        assertThat(edit(max, Field.SLUG, "yoga").getLeft().reason()).isEqualTo(Reason.SLUG_TAKEN);
        assertThat(world.ports.profiles().findByProvider(max.id())).isEmpty();
    }

    @Test
    void aClientHasNoProfileToEditDesignIllustrateOrPublish() {
        assertThat(edit(anna, Field.ABOUT, "me").getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.core.designProfile().design(anna.id(), new DesignProfile.Command(Theme.WARM, "#000000", List.empty()))
                .getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(upload(anna, Target.PHOTO, PNG).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.core.publishProfile().publish(anna.id(), true).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.ports.profiles().findByProvider(anna.id())).isEmpty();
    }

    @Test
    void aProviderChoosesAThemeAColourAndWhichSectionsShowInWhatOrder() {
        Profile profile = world.core.designProfile().design(zoe.id(),
                new DesignProfile.Command(Theme.WARM, "#AA3300", List.of(Section.SERVICES, Section.CONTACTS))).get();

        assertThat(profile.design().theme()).isEqualTo(Theme.WARM);
        assertThat(profile.design().accent().hex()).isEqualTo("#aa3300");
        assertThat(profile.design().sections()).containsExactly(Section.SERVICES, Section.CONTACTS);
        assertThat(world.core.designProfile().design(zoe.id(), new DesignProfile.Command(Theme.NIGHT, "orange", List.empty()))
                .getLeft().reason()).isEqualTo(Reason.INVALID_COLOUR);
        assertThat(stored(zoe).design().theme()).isEqualTo(Theme.WARM);
    }

    @Test
    void aNewPhotoReplacesTheOldOneWhoseFileIsDeleted() {
        FileId first = upload(zoe, Target.PHOTO, PNG).get().photo().get();

        FileId second = upload(zoe, Target.PHOTO, PNG).get().photo().get();

        assertThat(read(second)).isEqualTo(PNG);
        assertThat(world.ports.documents().open(new DocumentId(first.value())).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void galleryPicturesAreAddedInOrder() {
        upload(zoe, Target.GALLERY, PNG).get();
        Profile profile = upload(zoe, Target.GALLERY, PNG).get();

        assertThat(profile.gallery()).hasSize(2);
        assertThat(read(profile.gallery().last())).isEqualTo(PNG);
    }

    @Test
    void anUploadThatIsNotAPictureIsRefusedWhateverItsNameAndNothingIsStored() {
        byte[] svg = "<svg onload=alert(1)></svg>".getBytes();

        assertThat(upload(zoe, Target.PHOTO, svg).getLeft().reason()).isEqualTo(Reason.NOT_AN_IMAGE);
        assertThat(upload(zoe, Target.GALLERY, new byte[0]).getLeft().reason()).isEqualTo(Reason.EMPTY_FILE);
        assertThat(world.ports.profiles().findByProvider(zoe.id())).isEmpty();
    }

    @Test
    void aPictureOverTheLimitIsRefusedAndNotKept() {
        byte[] huge = Arrays.copyOf(PNG, (int) UploadProfilePicture.SIZE_LIMIT + 1);

        Either<Rejection, Profile> refused = upload(zoe, Target.GALLERY, huge);

        assertThat(refused.getLeft()).isEqualTo(Rejection.of(Reason.FILE_TOO_LARGE, UploadProfilePicture.SIZE_LIMIT));
        assertThat(world.ports.profiles().findByProvider(zoe.id())).isEmpty();
    }

    @Test
    void aPublishedProfileShowsItsServicesOnOfferAndTheProvidersOneInvitation() {
        Service yoga = world.service(zoe, "Yoga", Duration.ofHours(1));
        Service old = world.service(zoe, "Old class", Duration.ofHours(1));
        world.core.archiveService().archive(zoe.id(), old.id()).get();
        edit(zoe, Field.SLUG, "zoe").get();
        world.core.publishProfile().publish(zoe.id(), true).get();

        PublicProfile page = world.core.viewPublicProfile().view("zoe").get();

        assertThat(page.providerName()).isEqualTo("Zoe");
        assertThat(page.services()).containsExactly(yoga);
        assertThat(page.invitation()).isEqualTo(world.core.createClientInvitation().create(zoe.id()).get().code());
    }

    @Test
    void anUnpublishedUnknownOrMalformedSlugIsNotFound() {
        edit(zoe, Field.SLUG, "zoe").get();
        world.core.publishProfile().publish(zoe.id(), true).get();
        world.core.publishProfile().publish(zoe.id(), false).get();

        assertThat(world.core.viewPublicProfile().view("zoe").getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.core.viewPublicProfile().view("nobody").getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.core.viewPublicProfile().view("../etc").getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void onlyAPublishedProfilesOwnPicturesCanBeOpenedByItsSlug() {
        FileId photo = upload(zoe, Target.PHOTO, PNG).get().photo().get();
        Profile profile = world.core.publishProfile().publish(zoe.id(), true).get();
        String slug = profile.slug().value();
        FileId someoneElses = upload(world.specialist("Max"), Target.PHOTO, PNG).get().photo().get();

        try (DocumentContent content = world.core.openProfilePicture().open(slug, photo.toString()).get()) {
            assertThat(content.document().contentType()).isEqualTo("image/png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(world.core.openProfilePicture().open(slug, someoneElses.toString()).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.core.openProfilePicture().open(slug, "not-a-uuid").getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        world.core.publishProfile().publish(zoe.id(), false).get();
        assertThat(world.core.openProfilePicture().open(slug, photo.toString()).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void aClientLearnsTheAddressOfItsProvidersPageOnlyWhileItIsPublished() {
        Account stranger = world.user("Stranger");
        edit(zoe, Field.SLUG, "zoe").get();
        assertThat(world.core.profileAddress().of(anna.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);

        world.core.publishProfile().publish(zoe.id(), true).get();

        assertThat(world.core.profileAddress().of(anna.id(), zoe.id()).get().value()).isEqualTo("zoe");
        assertThat(world.core.profileAddress().of(stranger.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
    }

    @Test
    void aClientLearnsItsProvidersPaymentLinkPublishedOrNotAndABadOneIsRefused() {
        // given
        Account stranger = world.user("Stranger");
        assertThat(world.core.providerPaymentLink().of(anna.id(), zoe.id()).get()).isEmpty();
        Profile before = edit(zoe, Field.ABOUT, "Yoga").get();

        // when
        Either<Rejection, Profile> bad = edit(zoe, Field.PAYMENT_LINK, "ftp://pay.example/zoe");
        Either<Rejection, Profile> good = edit(zoe, Field.PAYMENT_LINK, " https://pay.example/zoe ");

        // then
        assertThat(bad.getLeft().reason()).isEqualTo(Reason.INVALID_URL);
        assertThat(good.get().contacts().paymentLink().map(link -> link.url())).contains("https://pay.example/zoe");
        assertThat(before.published()).isFalse();
        assertThat(world.core.providerPaymentLink().of(anna.id(), zoe.id()).get().map(link -> link.url())).contains("https://pay.example/zoe");
        assertThat(world.core.providerPaymentLink().of(stranger.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(edit(zoe, Field.PAYMENT_LINK, "").get().contacts().paymentLink()).isEmpty();
    }
}
