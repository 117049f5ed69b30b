package io.kalenner.application.relay;

import io.kalenner.application.access.Access;
import io.kalenner.application.message.MessageContent;
import io.kalenner.application.message.MessageId;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

public final class SendSupportMessageService implements SendSupportMessage {

    private final Ports ports;
    private final Access access;
    private final SupportOperators operators;

    public SendSupportMessageService(Ports ports, Access access, SupportOperators operators) {
        this.ports = ports;
        this.access = access;
        this.operators = operators;
    }

    @Override
    public Either<Rejection, List<RelayedMessage>> send(AccountId actor, MessageContent content) {
        return ports.transactions().inTransaction(() -> access.account(actor)
                .flatMap(user -> content.problem().<Either<Rejection, Account>>map(Either::left).getOrElse(Either.right(user)))
                .map(user -> List.ofAll(operators.users()).flatMap(ports.accounts()::findByTelegramUser))
                .filterOrElse(reachable -> !reachable.isEmpty(), none -> Rejection.of(Reason.SUPPORT_UNAVAILABLE))
                .map(reachable -> {
                    Instant now = ports.clock().instant();
                    return reachable.map(operator -> new RelayedMessage(new MessageId(ports.ids().newId()),
                            RelayedMessage.Kind.SUPPORT_REQUEST, actor, operator.id(), content, Option.none(), now));
                })
                .peek(messages -> messages.forEach(ports.messages()::add)));
    }
}
