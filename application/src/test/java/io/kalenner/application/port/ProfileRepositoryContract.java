package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.profile.Contacts;
import io.kalenner.domain.profile.Design;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Section;
import io.kalenner.domain.profile.Slug;
import io.kalenner.domain.profile.Theme;
import io.kalenner.domain.profile.WebLink;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ProfileRepository} promises. */
public abstract class ProfileRepositoryContract extends PortContract {

    private ProfileRepository profiles() {
        return under().profiles();
    }

    private static Slug freshSlug() {
        return new Slug("s-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A profile with every field filled in. */
    static Profile full(Account provider) {
        return Profile.start(provider.id()).withSlug(freshSlug())
                .withAbout("Йога & <b>dance</b>").get().withExperience("10 years").get().withEducation("MSU").get()
                .withPhoto(new FileId(UUID.randomUUID()))
                .addPicture(new FileId(UUID.randomUUID())).get().addPicture(new FileId(UUID.randomUUID())).get()
                .withContacts(new Contacts(Option.some(new WebLink("https://anna.example")), Option.some("anna@yoga.example"),
                        Option.some("+7 999 123-45-67"), Option.some("Moscow, Tverskaya 1"),
                        List.of(new WebLink("https://vk.com/anna"), new WebLink("https://t.me/anna")), Option.some(new WebLink("https://pay.example/anna"))))
                .withDesign(Design.of(Theme.NIGHT, "#ff8800", List.of(Section.SERVICES, Section.GALLERY, Section.ABOUT)).get())
                .publish();
    }

    @Test
    void givenASavedProfileWhenFoundByProviderOrSlugThenEveryFieldComesBack() {
        Account zoe = seed().specialist("Zoe");
        Profile profile = full(zoe);

        seed().committed(() -> profiles().save(profile).get());

        assertThat(profiles().findByProvider(zoe.id())).containsExactly(profile);
        assertThat(profiles().findBySlug(profile.slug())).containsExactly(profile);
    }

    @Test
    void givenAnEmptyProfileWhenSavedThenItComesBackEmpty() {
        Account zoe = seed().specialist("Zoe");
        Profile empty = Profile.start(zoe.id());

        seed().committed(() -> profiles().save(empty).get());

        assertThat(profiles().findByProvider(zoe.id())).containsExactly(empty);
    }

    @Test
    void givenASavedProfileWhenSavedAgainChangedThenTheChangeReplacesItAndTheOldSlugIsFree() {
        Account zoe = seed().specialist("Zoe");
        Profile first = full(zoe);
        seed().committed(() -> profiles().save(first).get());
        Profile changed = first.withSlug(freshSlug()).unpublish().withAbout("").get();

        seed().committed(() -> profiles().save(changed).get());

        assertThat(profiles().findByProvider(zoe.id())).containsExactly(changed);
        assertThat(profiles().findBySlug(first.slug())).isEmpty();
    }

    @Test
    void givenAnotherProvidersSlugWhenSavedThenItIsRefusedAndNothingChanges() {
        Account zoe = seed().specialist("Zoe");
        Account max = seed().specialist("Max");
        Profile zoes = full(zoe);
        seed().committed(() -> profiles().save(zoes).get());
        Profile maxs = Profile.start(max.id());
        seed().committed(() -> profiles().save(maxs).get());

        var refused = seed().committed(() -> profiles().save(maxs.withSlug(zoes.slug())));

        assertThat(refused.getLeft().reason()).isEqualTo(Reason.SLUG_TAKEN);
        assertThat(profiles().findByProvider(max.id())).containsExactly(maxs);
        assertThat(profiles().findBySlug(zoes.slug())).containsExactly(zoes);
    }

    @Test
    void givenNoSuchProfileWhenFoundThenNothing() {
        Account zoe = seed().specialist("Zoe");

        assertThat(profiles().findByProvider(zoe.id())).isEmpty();
        assertThat(profiles().findBySlug(freshSlug())).isEmpty();
    }
}
