package io.kalenner.application.port;

import static io.kalenner.application.port.Seed.T;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.SharedDocumentId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link SharedDocumentRepository} promises. */
public abstract class SharedDocumentRepositoryContract extends PortContract {

    private SharedDocumentRepository shared() {
        return under().sharedDocuments();
    }

    /** A document the client uploaded to share with the provider, not yet added. */
    static SharedDocument uploadedBy(Account client, Account provider, String name) {
        return document(client, provider, client, name);
    }

    private static SharedDocument document(Account client, Account provider, Account uploader, String name) {
        return new SharedDocument(new SharedDocumentId(UUID.randomUUID()), client.id(), provider.id(), uploader.id(),
                new FileId(UUID.randomUUID()), name, 1234, T);
    }

    private SharedDocument added(Account client, Account provider, Account uploader, String name) {
        SharedDocument document = document(client, provider, uploader, name);
        seed().write(() -> shared().add(document));
        return document;
    }

    /** A notice waiting in the outbox does not hold its document: the uploader may delete it at any time (the deliverer then drops the notice). */
    @Test
    void givenANoticeOfTheUploadWaitingWhenTheDocumentIsRemovedThenItIsGone() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        SharedDocument scan = added(anna, zoe, anna, "scan.pdf");
        seed().write(() -> under().outbox().add(new Notification(new NotificationId(UUID.randomUUID()), zoe.id(),
                Notification.Kind.CLIENT_UPLOADED_DOCUMENT, new Notification.AboutSharedDocument(scan.id()), T)));

        // when
        seed().write(() -> shared().remove(scan.id()));

        // then
        assertThat(shared().findById(scan.id())).isEmpty();
        assertThat(shared().between(anna.id(), zoe.id())).isEmpty();
    }

    @Test
    void givenAnAddedDocumentWhenFoundByIdThenEveryFieldComesBack() {
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");

        SharedDocument scan = added(anna, zoe, anna, "анализы.pdf");

        assertThat(shared().findById(scan.id())).containsExactly(scan);
    }

    @Test
    void givenDocumentsWhenFoundByFileThenTheOneWithThatFileComesUntilItIsRemoved() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        SharedDocument scan = added(anna, zoe, anna, "scan.pdf");
        SharedDocument plan = added(anna, zoe, zoe, "plan.pdf");

        // then
        assertThat(shared().findByFile(scan.file())).containsExactly(scan);
        assertThat(shared().findByFile(plan.file())).containsExactly(plan);
        assertThat(shared().findByFile(new FileId(UUID.randomUUID()))).isEmpty();
        seed().write(() -> shared().remove(scan.id()));
        assertThat(shared().findByFile(scan.file())).isEmpty();
    }

    @Test
    void givenNoSuchDocumentWhenFoundByIdThenNothing() {
        assertThat(shared().findById(new SharedDocumentId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void givenDocumentsOfSeveralPairsWhenListedThenEachPairHasItsOwnInTheOrderAdded() {
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        Account anna = seed().client("Anna");
        Account boris = seed().client("Boris");
        SharedDocument first = added(anna, zoe, anna, "a.pdf");
        SharedDocument toBoris = added(boris, zoe, zoe, "b.pdf");
        SharedDocument toMark = added(anna, mark, mark, "c.pdf");
        SharedDocument second = added(anna, zoe, zoe, "d.pdf");

        assertThat(shared().between(anna.id(), zoe.id())).containsExactly(first, second);
        assertThat(shared().between(boris.id(), zoe.id())).containsExactly(toBoris);
        assertThat(shared().between(anna.id(), mark.id())).containsExactly(toMark);
        assertThat(shared().between(boris.id(), mark.id())).isEmpty();
    }

    @Test
    void givenARemovedDocumentThenItIsNeitherFoundNorListed() {
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        SharedDocument scan = added(anna, zoe, anna, "scan.pdf");
        SharedDocument kept = added(anna, zoe, zoe, "plan.pdf");

        seed().write(() -> shared().remove(scan.id()));
        seed().write(() -> shared().remove(scan.id()));

        assertThat(shared().findById(scan.id())).isEmpty();
        assertThat(shared().between(anna.id(), zoe.id())).containsExactly(kept);
    }

    @Test
    void givenARefusedTransactionWhenItAddedAndRemovedThenNothingChanged() {
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().client("Anna");
        SharedDocument kept = added(anna, zoe, anna, "scan.pdf");
        SharedDocument undone = new SharedDocument(new SharedDocumentId(UUID.randomUUID()), anna.id(), zoe.id(), zoe.id(),
                new FileId(UUID.randomUUID()), "undone.pdf", 1, T);

        under().transactions().inTransaction(() -> {
            shared().add(undone);
            shared().remove(kept.id());
            return Rejection.of(Reason.NOT_YOURS).asLeft();
        });

        assertThat(shared().between(anna.id(), zoe.id())).containsExactly(kept);
    }
}
