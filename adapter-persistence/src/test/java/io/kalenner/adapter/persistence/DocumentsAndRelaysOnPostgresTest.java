package io.kalenner.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.document.UploadSharedDocument;
import io.kalenner.application.inmemory.InMemoryDocumentStore;
import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.application.message.MessageContent;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.application.port.LinkSigner;
import io.kalenner.application.relay.RelayChatMessage;
import io.kalenner.application.terms.SignConsent;
import io.kalenner.application.terms.UploadTermsDocument;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.ConsentState;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.TermsDocument;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Terms, shared documents and chat through the use cases on PostgreSQL, with the store and signer passed in. */
@ExtendWith(TestDatabase.class)
class DocumentsAndRelaysOnPostgresTest {

    private World world;
    private Account zoe;
    private Account anna;

    @BeforeEach
    void aSpecialistAndAClient() {
        TestDatabase.truncateAll();
        world = new World(clock -> TestDatabase.persistence().ports(new RandomIdGenerator(), clock, new InMemoryDocumentStore(1024),
                io.kalenner.application.inmemory.HmacLinkSigner.withRandomKey(clock)));
        zoe = world.specialist("Zoe");
        anna = world.clientOf(zoe, "Anna");
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void givenTermsWhenSignedAndANewVersionIsUploadedThenTheClientIsAskedAgain() {
        TermsDocument offer = world.core.uploadTermsDocument().newDocument(zoe.id(),
                new UploadTermsDocument.NewDocument("Offer", true, new UploadTermsDocument.Upload(bytes("v1"), "offer.pdf", "application/pdf"))).get();
        world.core.signConsent().sign(anna.id(), new SignConsent.Command(offer.id(), 1)).get();
        assertThat(world.core.listTerms().forClient(anna.id(), zoe.id()).get().head().state()).isEqualTo(ConsentState.SIGNED);

        world.core.uploadTermsDocument().newVersion(zoe.id(),
                new UploadTermsDocument.NewVersion(offer.id(), new UploadTermsDocument.Upload(bytes("v2"), "offer-2.pdf", "application/pdf"))).get();

        assertThat(world.core.listTerms().forClient(anna.id(), zoe.id()).get().head().state()).isEqualTo(ConsentState.PENDING);
        assertThat(world.core.listTerms().forProvider(zoe.id(), zoe.id()).get().head().consents()).hasSize(1);
    }

    @Test
    void givenASharedDocumentWhenItsUploaderDeletesItThenItIsGoneAndAnOversizedOneIsNeverRecorded() {
        SharedDocument scan = world.core.uploadSharedDocument().upload(anna.id(),
                new UploadSharedDocument.Command(anna.id(), zoe.id(), bytes("scan"), "scan.pdf", "application/pdf")).get();
        assertThat(world.core.sharedDocumentDownloadLink().link(zoe.id(), scan.id()).get().expiresAt())
                .isEqualTo(World.MONDAY_9.plus(LinkSigner.VALIDITY));
        Either<Rejection, SharedDocument> tooLarge = world.core.uploadSharedDocument().upload(zoe.id(),
                new UploadSharedDocument.Command(anna.id(), zoe.id(), bytes("x".repeat(1025)), "big.pdf", "application/pdf"));

        world.core.deleteSharedDocument().delete(anna.id(), scan.id()).get();

        assertThat(tooLarge.getLeft().reason()).isEqualTo(Reason.FILE_TOO_LARGE);
        assertThat(world.core.listSharedDocuments().list(zoe.id(), anna.id(), zoe.id()).get()).isEmpty();
    }

    @Test
    void givenAChatMessageWhenRelayedThenItWaitsForTheProviderUntilDelivered() {
        RelayedMessage message = world.core.relayChatMessage().relay(anna.id(),
                new RelayChatMessage.Command(zoe.id(), MessageContent.text("Здравствуйте"))).get();

        assertThat(world.ports.messages().claim(10, World.MONDAY_9, Duration.ofSeconds(30))).containsExactly(message);
        world.ports.transactions().inTransaction(() -> {
            world.ports.messages().markDelivered(message.id());
            return Either.right(message);
        });
        assertThat(world.ports.messages().depth()).isZero();
        assertThat(world.ports.messages().findById(message.id())).containsExactly(message);
    }
}
