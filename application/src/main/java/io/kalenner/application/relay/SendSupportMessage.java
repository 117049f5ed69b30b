package io.kalenner.application.relay;

import io.kalenner.application.message.MessageContent;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Any user writes to support: each operator who has an account gets a {@code SUPPORT_REQUEST}
 * from the user in the message outbox (one message each, which the operator answers with
 * {@link ReplyToSupport}). With no operator reachable it is {@code SUPPORT_UNAVAILABLE}; an empty
 * or too long message is {@code INVALID_INPUT}; an unknown actor {@code NOT_FOUND}.
 */
public interface SendSupportMessage {

    /** The messages made, one per operator. */
    Either<Rejection, List<RelayedMessage>> send(AccountId actor, MessageContent content);
}
