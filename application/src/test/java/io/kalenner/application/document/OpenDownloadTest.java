package io.kalenner.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.LinkSigner;
import io.kalenner.application.port.SignedLink;
import io.kalenner.application.port.StoredDocument;
import io.kalenner.application.terms.TermsDownloadLink;
import io.kalenner.application.terms.UploadTermsDocument;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.SharedDocumentId;
import io.kalenner.domain.document.TermsDocument;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A download link is checked again when it is used: the link, and whether the account it was made
 * for may still read the document. Refusals are values and open nothing.
 */
class OpenDownloadTest {

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");
    private final Account member = world.memberOf(clinic, "Member");
    private final Account anna = world.clientOf(clinic, "Anna");
    private final Account stranger = world.specialist("Stranger");

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private SharedDocument sharedByAnna(String text) {
        return world.core.uploadSharedDocument().upload(anna.id(),
                new UploadSharedDocument.Command(anna.id(), clinic.id(), bytes(text), "scan.pdf", "application/pdf")).get();
    }

    private TermsDocument clinicsRules() {
        return world.core.uploadTermsDocument().newDocument(clinic.id(), new UploadTermsDocument.NewDocument("Rules", true,
                new UploadTermsDocument.Upload(bytes("the rules"), "rules.pdf", "application/pdf"))).get();
    }

    /** A link the signer made for this account, as if it had been handed out while the account could still read the file. */
    private SignedLink signedFor(Account account, FileId file) {
        return world.ports.links().sign(new DocumentId(file.value()), account.id());
    }

    private Either<Rejection, OpenDownload.Download> open(SignedLink link) {
        return world.core.openDownload().open(link.token());
    }

    private static String read(OpenDownload.Download download) {
        try (var content = download.content()) {
            return new String(content.content().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Test
    void givenTheClientsLinkToASharedDocumentWhenOpenedThenItsBytesComeForThatClient() {
        // given
        SharedDocument scan = sharedByAnna("Anna's scan");
        SignedLink link = world.core.sharedDocumentDownloadLink().link(anna.id(), scan.id()).get();

        // when
        OpenDownload.Download download = open(link).get();

        // then
        assertThat(download.account()).isEqualTo(anna.id());
        assertThat(download.content().document().fileName()).isEqualTo("scan.pdf");
        assertThat(read(download)).isEqualTo("Anna's scan");
    }

    @Test
    void givenAMembersLinkToATermsVersionWhenOpenedThenItsBytesCome() {
        // given
        TermsDocument rules = clinicsRules();
        SignedLink link = world.core.termsDownloadLink().link(member.id(), new TermsDownloadLink.Command(rules.id(), 1)).get();

        // when / then
        assertThat(read(open(link).get())).isEqualTo("the rules");
    }

    @Test
    void givenALinkToASharedDocumentDeletedSinceWhenOpenedThenTheDocumentIsDeleted() {
        // given: the member's link, then Anna deletes her document
        SharedDocument scan = sharedByAnna("Anna's scan");
        SignedLink membersLink = world.core.sharedDocumentDownloadLink().link(member.id(), scan.id()).get();
        world.core.deleteSharedDocument().delete(anna.id(), scan.id()).get();

        // when
        Either<Rejection, OpenDownload.Download> opened = open(membersLink);

        // then
        assertThat(opened.getLeft().reason()).isEqualTo(Reason.DOCUMENT_DELETED);
    }

    @Test
    void givenALinkToAStoredFileNoDocumentRecordsWhenOpenedThenTheDocumentIsDeleted() {
        // given: a file in the store that no shared document or terms version names (its record was removed first, D20)
        StoredDocument orphan = world.ports.documents().store(bytes("left over"), "old.pdf", "application/pdf").get();

        // when
        Either<Rejection, OpenDownload.Download> opened = open(signedFor(anna, new FileId(orphan.id().value())));

        // then
        assertThat(opened.getLeft().reason()).isEqualTo(Reason.DOCUMENT_DELETED);
    }

    @Test
    void givenALinkToASharedDocumentMadeForSomeoneNoLongerOnEitherSideWhenOpenedThenItIsNotTheirs() {
        // given
        SharedDocument scan = sharedByAnna("Anna's scan");

        // when
        Either<Rejection, OpenDownload.Download> opened = open(signedFor(stranger, scan.file()));

        // then
        assertThat(opened.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void givenALinkToTermsMadeForSomeoneNoLongerAMemberOrClientWhenOpenedThenItIsNotTheirs() {
        // given
        TermsDocument rules = clinicsRules();

        // when
        Either<Rejection, OpenDownload.Download> opened = open(signedFor(stranger, rules.current().file()));

        // then
        assertThat(opened.getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void givenAClientWhoseListNoLongerHasTheProviderWhenItOpensItsLinkThenItIsNotItsProvider() {
        // given: a document of Boris and the clinic, though the clinic is not (or no longer) on Boris's list
        Account boris = world.user("Boris");
        StoredDocument file = world.ports.documents().store(bytes("Boris's scan"), "scan.pdf", "application/pdf").get();
        SharedDocument scan = new SharedDocument(new SharedDocumentId(UUID.randomUUID()), boris.id(), clinic.id(), boris.id(),
                new FileId(file.id().value()), "scan.pdf", file.size(), World.MONDAY_9);
        world.ports.transactions().inTransaction(() -> {
            world.ports.sharedDocuments().add(scan);
            return Either.right(scan);
        });

        // when
        Either<Rejection, OpenDownload.Download> opened = open(signedFor(boris, scan.file()));

        // then
        assertThat(opened.getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
    }

    @Test
    void givenFiveMinutesPassedWhenTheLinkIsOpenedThenItHasExpired() {
        // given
        SignedLink link = world.core.sharedDocumentDownloadLink().link(anna.id(), sharedByAnna("scan").id()).get();

        // when
        world.clock.advance(LinkSigner.VALIDITY);

        // then
        assertThat(open(link).getLeft().reason()).isEqualTo(Reason.LINK_EXPIRED);
    }

    @Test
    void givenAChangedTokenWhenOpenedThenItIsNotFound() {
        // given
        String token = world.core.sharedDocumentDownloadLink().link(anna.id(), sharedByAnna("scan").id()).get().token();
        String changed = token.substring(0, 10) + (token.charAt(10) == 'x' ? 'y' : 'x') + token.substring(11);

        // then
        assertThat(world.core.openDownload().open(changed).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.core.openDownload().open("").getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
    }
}
