package io.kalenner.application.relay;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.BookingCore;
import io.kalenner.application.World;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.message.MessageContent;
import io.kalenner.application.message.MessageId;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.TelegramUserId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Support: a user's message reaches every operator; an operator's answer reaches the user. */
class SupportTest {

    private static final TelegramUserId OLGA = new TelegramUserId(9_000_001);
    private static final TelegramUserId PETR = new TelegramUserId(9_000_002);
    private static final TelegramUserId NEVER_STARTED = new TelegramUserId(9_000_003);

    private final World world = new World();
    private final BookingCore core = new BookingCore(world.ports, SupportOperators.of(OLGA, PETR, NEVER_STARTED));
    private final Account olga = operator(OLGA, "Olga");
    private final Account petr = operator(PETR, "Petr");
    private final Account anna = world.user("Anna");

    private Account operator(TelegramUserId user, String name) {
        return core.identifyUser().identify(new IdentifyUser.Command(user, name, Language.RU));
    }

    private Either<Rejection, RelayedMessage> reply(Account actor, MessageId request, String text) {
        return core.replyToSupport().reply(actor.id(), new ReplyToSupport.Command(request, MessageContent.text(text)));
    }

    @Test
    void givenAUserWhenItWritesToSupportThenEveryOperatorWithAnAccountGetsTheMessage() {
        // when
        List<RelayedMessage> sent = core.sendSupportMessage().send(anna.id(), MessageContent.text("Не приходят уведомления")).get();

        // then
        assertThat(sent.map(RelayedMessage::recipient)).containsExactly(olga.id(), petr.id());
        assertThat(sent).allSatisfy(m -> {
            assertThat(m.kind()).isEqualTo(RelayedMessage.Kind.SUPPORT_REQUEST);
            assertThat(m.sender()).isEqualTo(anna.id());
        });
        assertThat(world.ports.messages().depth()).isEqualTo(2);
    }

    @Test
    void givenNoOperatorWhenAUserWritesToSupportThenSupportIsUnavailable() {
        Either<Rejection, List<RelayedMessage>> answer = world.core.sendSupportMessage().send(anna.id(), MessageContent.text("Help"));

        assertThat(answer.getLeft().reason()).isEqualTo(Reason.SUPPORT_UNAVAILABLE);
        assertThat(world.ports.messages().depth()).isZero();
    }

    @Test
    void givenAnEmptyMessageOrAnUnknownUserWhenWrittenToSupportThenItIsRefused() {
        assertThat(core.sendSupportMessage().send(anna.id(), MessageContent.text("")).getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(core.sendSupportMessage().send(new AccountId(UUID.randomUUID()), MessageContent.text("Hi")).getLeft().reason())
                .isEqualTo(Reason.NOT_FOUND);
        assertThat(world.ports.messages().depth()).isZero();
    }

    @Test
    void givenASupportRequestWhenItsOperatorRepliesThenTheUserGetsTheReplyNamingTheRequest() {
        // given
        RelayedMessage toOlga = core.sendSupportMessage().send(anna.id(), MessageContent.text("Help")).get().head();

        // when
        RelayedMessage answer = reply(olga, toOlga.id(), "Уже чиним").get();

        // then
        assertThat(answer.kind()).isEqualTo(RelayedMessage.Kind.SUPPORT_REPLY);
        assertThat(answer.sender()).isEqualTo(olga.id());
        assertThat(answer.recipient()).isEqualTo(anna.id());
        assertThat(answer.replyTo()).isEqualTo(Option.some(toOlga.id()));
        assertThat(world.ports.messages().findById(answer.id())).containsExactly(answer);
    }

    @Test
    void givenSomeoneWhoIsNotAnOperatorWhenTheyReplyThenTheyAreNotASupportOperator() {
        RelayedMessage toOlga = core.sendSupportMessage().send(anna.id(), MessageContent.text("Help")).get().head();
        long before = world.ports.messages().depth();

        assertThat(reply(anna, toOlga.id(), "I answer myself").getLeft().reason()).isEqualTo(Reason.NOT_SUPPORT_OPERATOR);
        assertThat(world.ports.messages().depth()).isEqualTo(before);
    }

    @Test
    void givenARequestSentToAnotherOperatorOrNoRequestWhenAnOperatorRepliesThenItIsNotFound() {
        List<RelayedMessage> sent = core.sendSupportMessage().send(anna.id(), MessageContent.text("Help")).get();
        RelayedMessage toOlga = sent.head();
        RelayedMessage reply = reply(olga, toOlga.id(), "Done").get();

        assertThat(reply(petr, toOlga.id(), "Mine").getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(reply(olga, reply.id(), "Reply to a reply").getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(reply(olga, new MessageId(UUID.randomUUID()), "Nothing").getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void givenAnEmptyReplyWhenTheOperatorSendsItThenTheInputIsInvalid() {
        RelayedMessage toOlga = core.sendSupportMessage().send(anna.id(), MessageContent.text("Help")).get().head();

        assertThat(reply(olga, toOlga.id(), " ").getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
    }
}
