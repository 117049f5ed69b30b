package io.kalenner.application.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.DocumentStore;
import io.kalenner.application.port.SignedLink;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.SharedDocumentId;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Documents one client and one provider share: both upload and read them, only the uploader deletes. */
class SharedDocumentsTest {

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");
    private final Account member = world.memberOf(clinic, "Member");
    private final Account anna = world.clientOf(clinic, "Anna");
    private final Account boris = world.clientOf(clinic, "Boris");
    private final Account stranger = world.user("Stranger");

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private Either<Rejection, SharedDocument> upload(Account actor, Account client, Account provider, InputStream content) {
        return world.core.uploadSharedDocument().upload(actor.id(),
                new UploadSharedDocument.Command(client.id(), provider.id(), content, "scan.pdf", "application/pdf"));
    }

    private SharedDocument uploaded(Account actor, Account client) {
        return upload(actor, client, clinic, bytes("content of " + actor.displayName())).get();
    }

    private boolean stored(SharedDocument document) {
        return world.ports.documents().open(new DocumentId(document.file().value())).isRight();
    }

    @Nested
    class Uploading {

        @Test
        void givenTheClientWhenItUploadsThenTheDocumentIsStoredAndNotMarkedAsTheProviders() {
            SharedDocument scan = uploaded(anna, anna);

            assertThat(scan.uploadedBy()).isEqualTo(anna.id());
            assertThat(scan.uploadedByProvider()).isFalse();
            assertThat(scan.fileName()).isEqualTo("scan.pdf");
            assertThat(scan.size()).isEqualTo("content of Anna".length());
            assertThat(scan.uploadedAt()).isEqualTo(World.MONDAY_9);
            assertThat(stored(scan)).isTrue();
            assertThat(world.ports.sharedDocuments().between(anna.id(), clinic.id())).containsExactly(scan);
        }

        @Test
        void givenTheProviderOrAMemberWhenTheyUploadThenTheDocumentIsMarkedAsTheProviders() {
            assertThat(uploaded(clinic, anna).uploadedByProvider()).isTrue();
            assertThat(uploaded(member, anna).uploadedByProvider()).isTrue();
        }

        @Test
        void givenAnUploadWhenItIsMadeThenNobodyIsNotified() {
            long before = world.ports.outbox().depth();

            uploaded(anna, anna);

            assertThat(world.ports.outbox().depth()).isEqualTo(before);
            assertThat(world.ports.messages().depth()).isZero();
        }

        @Test
        void givenAFileOverTheStoresLimitWhenTheClientUploadsThenItIsTooLargeAndNothingIsRecorded() {
            InputStream endless = new InputStream() {
                @Override
                public int read() {
                    return 'x';
                }
            };

            Either<Rejection, SharedDocument> answer = upload(anna, anna, clinic, endless);

            assertThat(answer.getLeft()).isEqualTo(Rejection.of(Reason.FILE_TOO_LARGE, DocumentStore.DEFAULT_SIZE_LIMIT));
            assertThat(world.ports.sharedDocuments().between(anna.id(), clinic.id())).isEmpty();
        }

        @Test
        void givenSomeoneWhoIsNotAPartyWhenTheyUploadThenItIsRefusedAndNothingIsRead() {
            InputStream untouched = new InputStream() {
                @Override
                public int read() {
                    throw new AssertionError("read the upload of a refused actor");
                }
            };

            assertThat(upload(stranger, anna, clinic, untouched).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(upload(boris, anna, clinic, untouched).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(upload(stranger, stranger, clinic, untouched).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
            assertThat(upload(clinic, stranger, clinic, untouched).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(world.ports.sharedDocuments().between(anna.id(), clinic.id())).isEmpty();
        }
    }

    @Nested
    class Listing {

        @Test
        void givenDocumentsOfBothSidesWhenEitherPartyListsThemThenTheyComeOldestFirst() {
            SharedDocument annas = uploaded(anna, anna);
            SharedDocument clinics = uploaded(clinic, anna);
            uploaded(clinic, boris);

            assertThat(world.core.listSharedDocuments().list(anna.id(), anna.id(), clinic.id())).containsExactly(
                    io.vavr.collection.List.of(annas, clinics));
            assertThat(world.core.listSharedDocuments().list(member.id(), anna.id(), clinic.id()).get()).containsExactly(annas, clinics);
        }

        @Test
        void givenSomeoneWhoIsNotAPartyWhenTheyListThenItIsRefused() {
            assertThat(world.core.listSharedDocuments().list(boris.id(), anna.id(), clinic.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(world.core.listSharedDocuments().list(stranger.id(), stranger.id(), clinic.id()).getLeft().reason())
                    .isEqualTo(Reason.NOT_YOUR_PROVIDER);
            assertThat(world.core.listSharedDocuments().list(new io.kalenner.domain.account.AccountId(UUID.randomUUID()), anna.id(), clinic.id())
                    .getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        }
    }

    @Nested
    class Linking {

        @Test
        void givenEitherPartyWhenTheyAskForALinkThenItIsBoundToTheFileAndToThem() {
            SharedDocument scan = uploaded(anna, anna);

            SignedLink annas = world.core.sharedDocumentDownloadLink().link(anna.id(), scan.id()).get();
            SignedLink members = world.core.sharedDocumentDownloadLink().link(member.id(), scan.id()).get();

            assertThat(annas.document()).isEqualTo(new DocumentId(scan.file().value()));
            assertThat(annas.account()).isEqualTo(anna.id());
            assertThat(members.account()).isEqualTo(member.id());
        }

        @Test
        void givenSomeoneElseOrAnUnknownDocumentWhenTheyAskForALinkThenItIsRefused() {
            SharedDocument scan = uploaded(anna, anna);

            assertThat(world.core.sharedDocumentDownloadLink().link(boris.id(), scan.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(world.core.sharedDocumentDownloadLink().link(stranger.id(), scan.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(world.core.sharedDocumentDownloadLink().link(anna.id(), new SharedDocumentId(UUID.randomUUID())).getLeft().reason())
                    .isEqualTo(Reason.NOT_FOUND);
        }
    }

    @Nested
    class Deleting {

        @Test
        void givenTheUploaderWhenItDeletesThenTheRecordAndTheFileAreGone() {
            SharedDocument scan = uploaded(anna, anna);

            assertThat(world.core.deleteSharedDocument().delete(anna.id(), scan.id())).containsExactly(scan);

            assertThat(world.ports.sharedDocuments().findById(scan.id())).isEmpty();
            assertThat(stored(scan)).isFalse();
        }

        @Test
        void givenTheOtherPartyWhenItDeletesThenItIsNotTheirsAndTheDocumentStays() {
            SharedDocument annas = uploaded(anna, anna);
            SharedDocument members = uploaded(member, anna);

            assertThat(world.core.deleteSharedDocument().delete(clinic.id(), annas.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(world.core.deleteSharedDocument().delete(anna.id(), members.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(world.core.deleteSharedDocument().delete(clinic.id(), members.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(world.core.deleteSharedDocument().delete(stranger.id(), annas.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
            assertThat(world.ports.sharedDocuments().between(anna.id(), clinic.id())).containsExactly(annas, members);
            assertThat(stored(annas)).isTrue();
        }

        @Test
        void givenADeletedDocumentWhenTheUploaderDeletesAgainThenItIsNotFound() {
            SharedDocument scan = uploaded(anna, anna);
            world.core.deleteSharedDocument().delete(anna.id(), scan.id()).get();

            assertThat(world.core.deleteSharedDocument().delete(anna.id(), scan.id()).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        }
    }
}
