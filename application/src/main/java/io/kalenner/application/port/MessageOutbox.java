package io.kalenner.application.port;

import io.kalenner.application.message.MessageId;
import io.kalenner.application.message.RelayedMessage;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * Relayed messages, kept, with their delivery owed. {@link #add} joins the caller's transaction.
 * Delivery works as the {@link NotificationOutbox}'s (at least once, by leases), except that a
 * delivered message stays: {@link #findById} still finds it, and only {@link #claim} and
 * {@link #depth} stop seeing it.
 */
public interface MessageOutbox {

    void add(RelayedMessage message);

    Option<RelayedMessage> findById(MessageId id);

    /**
     * Claims up to {@code max} undelivered messages, oldest first (those of one instant in the
     * order added), that no one else holds a lease on.
     */
    List<RelayedMessage> claim(int max, Instant now, Duration lease);

    /** The message no longer waits for delivery; marking it again changes nothing. */
    void markDelivered(MessageId id);

    /** How many messages wait for delivery. */
    long depth();
}
