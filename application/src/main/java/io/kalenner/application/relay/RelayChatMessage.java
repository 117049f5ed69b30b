package io.kalenner.application.relay;

import io.kalenner.application.message.MessageContent;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

/**
 * One message of a chat between a client and its provider, either way: kept, and owed to the other
 * party as a {@code CHAT_MESSAGE} in the message outbox. Parties as {@link OpenChat} says
 * ({@code NOT_YOUR_PROVIDER}); an empty or too long message is {@code INVALID_INPUT}.
 */
public interface RelayChatMessage {

    Either<Rejection, RelayedMessage> relay(AccountId actor, Command command);

    record Command(AccountId counterpart, MessageContent content) {}
}
