package io.kalenner.application.message;

import io.kalenner.domain.account.AccountId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * One message from one account to another, relayed by the bot: delivered once to its recipient,
 * marked with who sent it, and kept afterwards (an operator answers a support request after it
 * was delivered).
 *
 * @param replyTo the message this one answers: a support reply names the request
 */
public record RelayedMessage(MessageId id, Kind kind, AccountId sender, AccountId recipient, MessageContent content,
        Option<MessageId> replyTo, Instant createdAt) {

    public RelayedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(replyTo, "replyTo");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Which conversation it belongs to. */
    public enum Kind {
        /** Between a client and its provider, either way. */
        CHAT_MESSAGE,
        /** From a user to one support operator (each operator gets their own copy). */
        SUPPORT_REQUEST,
        /** From a support operator back to the user who asked. */
        SUPPORT_REPLY
    }
}
