package io.kalenner.application.relay;

import io.kalenner.application.message.MessageContent;
import io.kalenner.application.message.MessageId;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

/**
 * A support operator answers a support request it was sent: the user who asked gets a
 * {@code SUPPORT_REPLY} naming the request, in the message outbox. Anyone who is not an operator
 * is {@code NOT_SUPPORT_OPERATOR}; a request that is unknown, not a support request, or sent to
 * another operator is {@code NOT_FOUND}; an empty or too long answer {@code INVALID_INPUT}.
 */
public interface ReplyToSupport {

    Either<Rejection, RelayedMessage> reply(AccountId actor, Command command);

    record Command(MessageId request, MessageContent content) {}
}
