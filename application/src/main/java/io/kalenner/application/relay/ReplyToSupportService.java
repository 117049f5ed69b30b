package io.kalenner.application.relay;

import io.kalenner.application.access.Access;
import io.kalenner.application.message.MessageId;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;
import io.vavr.control.Option;

public final class ReplyToSupportService implements ReplyToSupport {

    private final Ports ports;
    private final Access access;
    private final SupportOperators operators;

    public ReplyToSupportService(Ports ports, Access access, SupportOperators operators) {
        this.ports = ports;
        this.access = access;
        this.operators = operators;
    }

    @Override
    public Either<Rejection, RelayedMessage> reply(AccountId actor, Command command) {
        return ports.transactions().inTransaction(() -> access.account(actor)
                .filterOrElse(operator -> operators.contains(operator.telegramUser()), operator -> Rejection.of(Reason.NOT_SUPPORT_OPERATOR))
                .flatMap(operator -> ports.messages().findById(command.request())
                        .filter(request -> request.kind() == RelayedMessage.Kind.SUPPORT_REQUEST && request.recipient().equals(actor))
                        .toEither(() -> Rejection.of(Reason.NOT_FOUND, "support request")))
                .flatMap(request -> command.content().problem().<Either<Rejection, RelayedMessage>>map(Either::left)
                        .getOrElse(() -> Either.right(new RelayedMessage(new MessageId(ports.ids().newId()),
                                RelayedMessage.Kind.SUPPORT_REPLY, actor, request.sender(), command.content(),
                                Option.some(request.id()), ports.clock().instant()))))
                .peek(ports.messages()::add));
    }
}
