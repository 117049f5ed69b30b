package io.kalenner.application.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.message.MessageContent;
import io.kalenner.application.message.MessageContent.Attachment;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A chat between a client and its provider: each message is kept and owed to the other party. */
class ChatTest {

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Account anna = world.clientOf(zoe, "Anna");
    private final Account stranger = world.user("Stranger");

    private Either<Rejection, RelayedMessage> relay(Account actor, AccountId to, MessageContent content) {
        return world.core.relayChatMessage().relay(actor.id(), new RelayChatMessage.Command(to, content));
    }

    @Test
    void givenAClientWhenItOpensAChatWithItsProviderThenTheProviderIsTheOtherParty() {
        assertThat(world.core.openChat().open(anna.id(), zoe.id())).containsExactly(zoe);
        assertThat(world.core.openChat().open(zoe.id(), anna.id())).containsExactly(anna);
    }

    @Test
    void givenSomeoneWhoIsNoPartyWhenTheyOpenAChatThenItIsNotTheirProvider() {
        assertThat(world.core.openChat().open(stranger.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(world.core.openChat().open(zoe.id(), stranger.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(world.core.openChat().open(zoe.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(world.core.openChat().open(anna.id(), new AccountId(UUID.randomUUID())).getLeft().reason())
                .isEqualTo(Reason.NOT_YOUR_PROVIDER);
    }

    @Test
    void givenAnUnknownActorWhenItOpensAChatThenItIsNotFound() {
        assertThat(world.core.openChat().open(new AccountId(UUID.randomUUID()), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void givenAClientWhenItWritesThenTheMessageIsKeptAndWaitsForTheProvider() {
        // when
        RelayedMessage message = relay(anna, zoe.id(), MessageContent.text("Можно перенести?")).get();

        // then
        assertThat(message.kind()).isEqualTo(RelayedMessage.Kind.CHAT_MESSAGE);
        assertThat(message.sender()).isEqualTo(anna.id());
        assertThat(message.recipient()).isEqualTo(zoe.id());
        assertThat(message.createdAt()).isEqualTo(World.MONDAY_9);
        assertThat(world.ports.messages().findById(message.id())).containsExactly(message);
        assertThat(world.ports.messages().claim(10, World.MONDAY_9, Duration.ofSeconds(1))).containsExactly(message);
    }

    @Test
    void givenTheProviderWhenItRepliesWithAPhotoThenTheReplyWaitsForTheClient() {
        MessageContent photo = new MessageContent("", Option.some(new Attachment(Attachment.Kind.PHOTO, "AgACAgIAAxkB")));

        RelayedMessage reply = relay(zoe, anna.id(), photo).get();

        assertThat(reply.recipient()).isEqualTo(anna.id());
        assertThat(reply.content()).isEqualTo(photo);
        assertThat(world.ports.messages().depth()).isEqualTo(1);
    }

    @Test
    void givenSomeoneWhoIsNoPartyWhenTheyWriteThenNothingIsRelayed() {
        assertThat(relay(stranger, zoe.id(), MessageContent.text("hi")).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(relay(zoe, stranger.id(), MessageContent.text("hi")).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(world.ports.messages().depth()).isZero();
    }

    @Test
    void givenAnEmptyOrTooLongMessageWhenTheClientWritesThenTheInputIsInvalid() {
        assertThat(relay(anna, zoe.id(), MessageContent.text("  ")).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(relay(anna, zoe.id(), MessageContent.text("x".repeat(4097))).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(relay(anna, zoe.id(), new MessageContent("", Option.some(new Attachment(Attachment.Kind.FILE, " "))))
                .getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.ports.messages().depth()).isZero();
    }
}
