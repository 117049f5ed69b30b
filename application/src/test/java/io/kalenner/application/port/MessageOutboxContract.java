package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.Race;
import io.kalenner.application.message.MessageContent;
import io.kalenner.application.message.MessageContent.Attachment;
import io.kalenner.application.message.MessageId;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.application.message.RelayedMessage.Kind;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MessageOutbox} promises. {@code claim} and {@code depth} see every message,
 * so {@link #reset()} must leave it empty.
 */
public abstract class MessageOutboxContract extends PortContract {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant NOW = Seed.REQUESTED_AT.plus(Duration.ofHours(1));

    private Account zoe;
    private Account anna;

    private MessageOutbox messages() {
        return under().messages();
    }

    @BeforeEach
    final void twoParties() {
        zoe = seed().specialist("Zoe");
        anna = seed().client("Anna");
    }

    private RelayedMessage message(Account from, Account to, String text, Instant at) {
        return new RelayedMessage(new MessageId(UUID.randomUUID()), Kind.CHAT_MESSAGE, from.id(), to.id(), MessageContent.text(text),
                Option.none(), at);
    }

    private List<RelayedMessage> added(int count) {
        List<RelayedMessage> made = List.range(0, count).map(i -> message(i % 2 == 0 ? anna : zoe, i % 2 == 0 ? zoe : anna,
                "message " + i, Seed.REQUESTED_AT.plusSeconds(i)));
        made.forEach(m -> seed().write(() -> messages().add(m)));
        return made;
    }

    @Test
    void givenAnEmptyOutboxThenThereIsNothingToClaim() {
        assertThat(messages().depth()).isZero();
        assertThat(messages().claim(10, NOW, LEASE)).isEmpty();
    }

    @Test
    void givenAMessageWithAnAttachmentAndAReplyWhenFoundAndClaimedThenEveryFieldComesBack() {
        RelayedMessage request = new RelayedMessage(new MessageId(UUID.randomUUID()), Kind.SUPPORT_REQUEST, anna.id(), zoe.id(),
                new MessageContent("", Option.some(new Attachment(Attachment.Kind.PHOTO, "AgACAgIAAxkBAAIB"))), Option.none(),
                Seed.REQUESTED_AT);
        RelayedMessage reply = new RelayedMessage(new MessageId(UUID.randomUUID()), Kind.SUPPORT_REPLY, zoe.id(), anna.id(),
                new MessageContent("Здравствуйте!", Option.some(new Attachment(Attachment.Kind.FILE, "BQACAgIAAxkB"))),
                Option.some(request.id()), Seed.REQUESTED_AT.plusSeconds(1));

        seed().write(() -> {
            messages().add(request);
            messages().add(reply);
        });

        assertThat(messages().findById(request.id())).containsExactly(request);
        assertThat(messages().findById(reply.id())).containsExactly(reply);
        assertThat(messages().claim(10, NOW, LEASE)).containsExactly(request, reply);
    }

    @Test
    void givenNoSuchMessageWhenFoundByIdThenNothing() {
        assertThat(messages().findById(new MessageId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void givenMessagesWhenClaimedThenTheOldestComeFirstAndAtMostMax() {
        List<RelayedMessage> made = added(5);

        assertThat(messages().claim(2, NOW, LEASE)).containsExactlyElementsOf(made.take(2));
        assertThat(messages().claim(10, NOW, LEASE)).containsExactlyElementsOf(made.drop(2));
    }

    @Test
    void givenAClaimedMessageThenItIsNotClaimedAgainWhileItsLeaseRunsButIsAfter() {
        List<RelayedMessage> made = added(2);
        messages().claim(1, NOW, LEASE);

        assertThat(messages().claim(10, NOW.plus(LEASE).minusSeconds(1), LEASE)).containsExactly(made.get(1));
        assertThat(messages().claim(10, NOW.plus(LEASE).plusSeconds(31), LEASE)).containsExactlyElementsOf(made);
    }

    @Test
    void givenADeliveredMessageThenItIsNeverClaimedAgainButStillFound() {
        List<RelayedMessage> made = added(2);
        messages().claim(10, NOW, LEASE);

        seed().write(() -> messages().markDelivered(made.get(0).id()));
        seed().write(() -> messages().markDelivered(made.get(0).id()));

        assertThat(messages().depth()).isEqualTo(1);
        assertThat(messages().claim(10, NOW.plus(Duration.ofDays(1)), LEASE)).containsExactly(made.get(1));
        assertThat(messages().findById(made.get(0).id())).containsExactly(made.get(0));
    }

    @Test
    void givenARefusedTransactionWhenItAddedAMessageThenNoneWaits() {
        RelayedMessage undone = message(anna, zoe, "undone", Seed.REQUESTED_AT);

        under().transactions().inTransaction(() -> {
            messages().add(undone);
            return Rejection.of(Reason.NOT_YOUR_PROVIDER).asLeft();
        });

        assertThat(messages().depth()).isZero();
        assertThat(messages().findById(undone.id())).isEmpty();
    }

    @Test
    void givenClaimersRacingThenNoneGetsTheSameMessage() {
        List<RelayedMessage> made = added(20);

        List<List<RelayedMessage>> claims = List.ofAll(Race.of(8, i -> messages().claim(3, NOW, LEASE)));

        List<MessageId> claimed = claims.flatMap(c -> c.map(RelayedMessage::id));
        assertThat(claimed).doesNotHaveDuplicates();
        assertThat(made.map(RelayedMessage::id)).containsAll(claimed);
    }
}
