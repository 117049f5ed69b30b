package io.kalenner.application.relay;

import io.kalenner.application.access.Access;
import io.kalenner.application.message.MessageId;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;
import io.vavr.control.Option;

public final class RelayChatMessageService implements RelayChatMessage {

    private final Ports ports;
    private final ChatParties parties;

    public RelayChatMessageService(Ports ports, Access access) {
        this.ports = ports;
        this.parties = new ChatParties(ports, access);
    }

    @Override
    public Either<Rejection, RelayedMessage> relay(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> parties.counterpart(actor, command.counterpart())
                .flatMap(other -> command.content().problem().<Either<Rejection, RelayedMessage>>map(Either::left)
                        .getOrElse(() -> Either.right(new RelayedMessage(new MessageId(ports.ids().newId()),
                                RelayedMessage.Kind.CHAT_MESSAGE, actor, other.id(), command.content(), Option.none(),
                                ports.clock().instant()))))
                .peek(ports.messages()::add));
    }
}
