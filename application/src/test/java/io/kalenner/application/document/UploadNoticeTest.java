package io.kalenner.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.application.World;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.port.NotificationOutbox;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.SharedDocument;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The provider's opt-in notice of its clients' uploads: off by default (the FAQ), one notice per
 * client upload once the provider switched it on, and never for the provider's side's own uploads.
 */
public class UploadNoticeTest {

    private World world;
    private Account clinic;
    private Account member;
    private Account anna;
    private Account zoe;

    /** The ports the story runs on, made for the world's clock; a database's binding gives its own. */
    protected Function<Clock, Ports> portsOnClock() {
        return InMemoryPorts::create;
    }

    @BeforeEach
    void anOrganizationWithAMemberAndAClient() {
        world = new World(portsOnClock());
        clinic = world.organization("Clinic");
        member = world.memberOf(clinic, "Member");
        anna = world.clientOf(clinic, "Anna");
        zoe = world.specialist("Zoe");
    }

    private Either<Rejection, SharedDocument> upload(World in, Account actor, Account client, String fileName) {
        return in.core.uploadSharedDocument().upload(actor.id(), new UploadSharedDocument.Command(client.id(), clinic.id(),
                new ByteArrayInputStream(("content of " + fileName).getBytes(StandardCharsets.UTF_8)), fileName, "application/pdf"));
    }

    private SharedDocument uploaded(Account actor, String fileName) {
        return upload(world, actor, anna, fileName).get();
    }

    private List<Notification> uploadNotices() {
        return world.waitingNotifications().filter(n -> n.kind() == Notification.Kind.CLIENT_UPLOADED_DOCUMENT);
    }

    @Test
    void givenAProviderThatDidNotOptInWhenAClientUploadsThenNobodyIsTold() {
        // when
        uploaded(anna, "scan.pdf");

        // then
        assertThat(world.core.setUploadNotice().current(clinic.id())).containsExactly(false);
        assertThat(world.ports.outbox().depth()).isZero();
    }

    @Test
    void givenTheOrganizationOptedInWhenAClientUploadsThenTheOrganizationAccountGetsOneNoticePerUpload() {
        // given
        assertThat(world.core.setUploadNotice().set(clinic.id(), true)).containsExactly(true);

        // when
        SharedDocument scan = uploaded(anna, "scan.pdf");
        SharedDocument results = uploaded(anna, "results.pdf");

        // then
        assertThat(uploadNotices()).hasSize(2).allSatisfy(notice -> {
            assertThat(notice.recipient()).isEqualTo(clinic.id());
            assertThat(notice.createdAt()).isEqualTo(World.MONDAY_9);
        }).extracting(Notification::subject).containsExactly(
                new Notification.AboutSharedDocument(scan.id()), new Notification.AboutSharedDocument(results.id()));
        assertThat(world.ports.outbox().depth()).isEqualTo(2);
    }

    @Test
    void givenTheNoticeOnWhenTheProviderOrAMemberUploadsThenNobodyIsTold() {
        // given
        world.core.setUploadNotice().set(clinic.id(), true).get();
        world.core.setUploadNotice().set(member.id(), true).get();

        // when
        uploaded(clinic, "plan.pdf");
        uploaded(member, "prescription.pdf");

        // then
        assertThat(world.ports.outbox().depth()).isZero();
    }

    @Test
    void givenTheNoticeSwitchedOffAgainWhenAClientUploadsThenNobodyIsTold() {
        // given
        world.core.setUploadNotice().set(clinic.id(), true).get();

        // when
        assertThat(world.core.setUploadNotice().set(clinic.id(), false)).containsExactly(false);
        uploaded(anna, "scan.pdf");

        // then
        assertThat(world.core.setUploadNotice().current(clinic.id())).containsExactly(false);
        assertThat(world.ports.outbox().depth()).isZero();
    }

    @Test
    void givenAnotherProviderOrAMemberOptedInWhenAClientOfTheOrganizationUploadsThenNobodyIsTold() {
        // given: the setting is each provider's own; a member's does not speak for its organization
        world.core.setUploadNotice().set(zoe.id(), true).get();
        world.core.setUploadNotice().set(member.id(), true).get();

        // when
        uploaded(anna, "scan.pdf");

        // then
        assertThat(world.core.setUploadNotice().current(clinic.id())).containsExactly(false);
        assertThat(world.ports.outbox().depth()).isZero();
    }

    @Test
    void givenAClientOrAnUnknownAccountWhenItSwitchesTheNoticeThenItIsRefusedAndNothingChanges() {
        // when
        Either<Rejection, Boolean> byClient = world.core.setUploadNotice().set(anna.id(), true);
        Either<Rejection, Boolean> byNobody = world.core.setUploadNotice().set(new AccountId(UUID.randomUUID()), true);

        // then
        assertThat(byClient.getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.core.setUploadNotice().current(anna.id()).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(byNobody.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.ports.reminders().uploadNoticeOf(anna.id())).isFalse();
        uploaded(anna, "scan.pdf");
        assertThat(world.ports.outbox().depth()).isZero();
    }

    @Test
    void givenTheNoticeOnWhenAnUploadIsRefusedThenNobodyIsTold() {
        // given
        world.core.setUploadNotice().set(clinic.id(), true).get();

        // when: an empty file, and a client of another provider
        Either<Rejection, SharedDocument> empty = world.core.uploadSharedDocument().upload(anna.id(), new UploadSharedDocument.Command(
                anna.id(), clinic.id(), new ByteArrayInputStream(new byte[0]), "empty.pdf", "application/pdf"));
        Account stranger = world.user("Stranger");

        // then
        assertThat(empty.getLeft().reason()).isEqualTo(Reason.EMPTY_FILE);
        assertThat(upload(world, stranger, stranger, "scan.pdf").getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(world.ports.outbox().depth()).isZero();
    }

    @Test
    void givenTheNoticeCannotBeWrittenWhenAClientUploadsThenTheUploadIsNotRecordedEither() {
        // given: a world whose outbox fails, on the same ports otherwise
        world.core.setUploadNotice().set(clinic.id(), true).get();
        World failing = new World(clock -> withOutbox(world.ports, new FailingOutbox(world.ports.outbox())));

        // when
        assertThatThrownBy(() -> upload(failing, anna, anna, "scan.pdf")).hasMessageContaining("outbox unavailable");

        // then: the notice and the record are one transaction
        assertThat(world.ports.sharedDocuments().between(anna.id(), clinic.id())).isEmpty();
        assertThat(world.ports.outbox().depth()).isZero();
    }

    private static Ports withOutbox(Ports p, NotificationOutbox outbox) {
        return new Ports(p.accounts(), p.services(), p.schedules(), p.appointments(), p.invitations(), outbox, p.receipts(),
                p.conversations(), p.transactions(), p.ids(), p.clock(), p.documents(), p.links(), p.terms(),
                p.sharedDocuments(), p.messages(), p.reminders(), p.history(), p.profiles(), p.packages());
    }

    /** An outbox whose writes fail, as when the database refuses the row. */
    private record FailingOutbox(NotificationOutbox delegate) implements NotificationOutbox {

        @Override
        public void add(Notification notification) {
            throw new IllegalStateException("outbox unavailable");
        }

        @Override
        public List<Notification> claim(int max, java.time.Instant now, java.time.Duration lease) {
            return delegate.claim(max, now, lease);
        }

        @Override
        public void markDelivered(io.kalenner.application.notification.NotificationId id) {
            delegate.markDelivered(id);
        }

        @Override
        public long depth() {
            return delegate.depth();
        }
    }
}
