package io.kalenner.application.terms;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.inmemory.InMemoryDocumentStore;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.application.port.DocumentContent;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.Ports;
import io.kalenner.application.terms.UploadTermsDocument.NewDocument;
import io.kalenner.application.terms.UploadTermsDocument.NewVersion;
import io.kalenner.application.terms.UploadTermsDocument.Upload;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A provider uploads terms documents and new versions of its own; the file goes to the document store. */
class UploadTermsDocumentTest {

    /** A world whose document store takes at most 1 KB, so that a refusal for size is quick to make. */
    private final World world = new World(clock -> {
        Ports p = InMemoryPorts.create(clock);
        return new Ports(p.accounts(), p.services(), p.schedules(), p.appointments(), p.invitations(), p.outbox(), p.receipts(),
                p.conversations(), p.transactions(), p.ids(), p.clock(), new InMemoryDocumentStore(1024), p.links(), p.terms(),
                p.sharedDocuments(), p.messages(), p.reminders(), p.history(), p.profiles(), p.packages());
    });
    private final Account zoe = world.specialist("Zoe");
    private final Account anna = world.clientOf(zoe, "Anna");

    static Upload file(String name, String text) {
        return new Upload(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, "application/pdf");
    }

    private Either<Rejection, TermsDocument> upload(Account actor, String title, Upload file) {
        return world.core.uploadTermsDocument().newDocument(actor.id(), new NewDocument(title, true, file));
    }

    private String content(TermsDocument document, int version) {
        DocumentId id = new DocumentId(document.version(version).get().file().value());
        try (DocumentContent opened = world.ports.documents().open(id).get()) {
            return new String(opened.content().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void givenAProviderWhenItUploadsADocumentThenItIsListedWithItsFirstVersionStored() {
        // when
        TermsDocument offer = upload(zoe, " Offer ", file("offer.pdf", "the terms")).get();

        // then
        assertThat(offer.title()).isEqualTo("Offer");
        assertThat(offer.provider()).isEqualTo(zoe.id());
        assertThat(offer.consentRequired()).isTrue();
        assertThat(offer.current().number()).isEqualTo(1);
        assertThat(offer.current().fileName()).isEqualTo("offer.pdf");
        assertThat(offer.current().uploadedAt()).isEqualTo(World.MONDAY_9);
        assertThat(world.ports.terms().ofProvider(zoe.id())).containsExactly(offer);
        assertThat(content(offer, 1)).isEqualTo("the terms");
    }

    @Test
    void givenItsDocumentWhenTheProviderUploadsANewVersionThenItBecomesCurrentAndTheOldOneStays() {
        // given
        TermsDocument offer = upload(zoe, "Offer", file("offer.pdf", "old terms")).get();

        // when
        TermsDocument second = world.core.uploadTermsDocument().newVersion(zoe.id(), new NewVersion(offer.id(), file("offer-2.pdf", "new terms"))).get();

        // then
        assertThat(second.current().number()).isEqualTo(2);
        assertThat(world.ports.terms().findById(offer.id())).containsExactly(second);
        assertThat(content(second, 1)).isEqualTo("old terms");
        assertThat(content(second, 2)).isEqualTo("new terms");
    }

    @Test
    void givenAClientWhenItUploadsADocumentThenItIsNotAProvider() {
        assertThat(upload(anna, "Mine", file("x.pdf", "x")).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.ports.terms().ofProvider(anna.id())).isEmpty();
    }

    @Test
    void givenABlankTitleWhenTheProviderUploadsThenTheInputIsInvalid() {
        assertThat(upload(zoe, "  ", file("x.pdf", "x")).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.ports.terms().ofProvider(zoe.id())).isEmpty();
    }

    @Test
    void givenAFileOverTheLimitWhenTheProviderUploadsThenItIsTooLargeAndNothingIsRecorded() {
        // when
        Either<Rejection, TermsDocument> answer = upload(zoe, "Offer", file("big.pdf", "x".repeat(1025)));

        // then
        assertThat(answer.getLeft()).isEqualTo(Rejection.of(Reason.FILE_TOO_LARGE, 1024));
        assertThat(world.ports.terms().ofProvider(zoe.id())).isEmpty();
    }

    @Test
    void givenAnEmptyFileWhenTheProviderUploadsThenItIsEmpty() {
        assertThat(upload(zoe, "Offer", file("empty.pdf", "")).getLeft().reason()).isEqualTo(Reason.EMPTY_FILE);
    }

    @Test
    void givenAnotherProvidersDocumentWhenAProviderUploadsAVersionThenItIsNotTheirs() {
        // given
        TermsDocument offer = upload(zoe, "Offer", file("offer.pdf", "terms")).get();
        Account mark = world.specialist("Mark");

        // when
        Either<Rejection, TermsDocument> answer = world.core.uploadTermsDocument().newVersion(mark.id(), new NewVersion(offer.id(), file("x.pdf", "x")));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.ports.terms().findById(offer.id())).containsExactly(offer);
    }

    @Test
    void givenAMemberOfTheOrganizationWhenItUploadsAVersionOfTheOrganizationsDocumentThenItIsNotTheirs() {
        // given
        Account clinic = world.organization("Clinic");
        Account member = world.memberOf(clinic, "Member");
        TermsDocument rules = upload(clinic, "Rules", file("rules.pdf", "rules")).get();

        // then
        assertThat(world.core.uploadTermsDocument().newVersion(member.id(), new NewVersion(rules.id(), file("x.pdf", "x"))).getLeft().reason())
                .isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void givenAnUnknownDocumentWhenTheProviderUploadsAVersionThenItIsNotFound() {
        assertThat(world.core.uploadTermsDocument().newVersion(zoe.id(),
                new NewVersion(new TermsDocumentId(UUID.randomUUID()), file("x.pdf", "x"))).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void givenAVersionOverTheLimitWhenTheProviderUploadsItThenTheDocumentStaysAsItWas() {
        // given
        TermsDocument offer = upload(zoe, "Offer", file("offer.pdf", "terms")).get();

        // when
        Either<Rejection, TermsDocument> answer = world.core.uploadTermsDocument().newVersion(zoe.id(),
                new NewVersion(offer.id(), file("big.pdf", "x".repeat(2000))));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.FILE_TOO_LARGE);
        assertThat(world.ports.terms().findById(offer.id())).containsExactly(offer);
    }
}
