package io.kalenner.application;

import io.kalenner.application.message.MessageId;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.application.port.MessageOutbox;
import io.kalenner.application.port.NotificationOutbox;
import io.kalenner.application.port.Ports;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts, per thread, what the use cases added to the two outboxes. A chat adapter runs an
 * update's use cases on one thread and asks afterwards whether they added anything, so it starts
 * a delivery round only then, instead of querying both outboxes after every update. A count that
 * moved for a transaction which then rolled back costs one round that finds nothing; an addition
 * is never missed, since it is counted on the thread before its use case returns.
 */
public final class OutboxAdditions {

    private final ThreadLocal<long[]> counts = ThreadLocal.withInitial(() -> new long[2]);
    private final Ports ports;

    OutboxAdditions(Ports unwatched) {
        this.ports = unwatched.withOutboxes(new CountedNotifications(unwatched.outbox()), new CountedMessages(unwatched.messages()));
    }

    /** The ports whose outboxes count what is added to them. */
    Ports ports() {
        return ports;
    }

    /** Notifications added on this thread so far: compare two readings, not the figure. */
    public long notificationsOnThisThread() {
        return counts.get()[0];
    }

    /** Relayed messages added on this thread so far: compare two readings, not the figure. */
    public long messagesOnThisThread() {
        return counts.get()[1];
    }

    private final class CountedNotifications implements NotificationOutbox {

        private final NotificationOutbox outbox;

        CountedNotifications(NotificationOutbox outbox) {
            this.outbox = outbox;
        }

        @Override
        public void add(Notification notification) {
            outbox.add(notification);
            counts.get()[0]++;
        }

        @Override
        public List<Notification> claim(int max, Instant now, Duration lease) {
            return outbox.claim(max, now, lease);
        }

        @Override
        public void markDelivered(NotificationId id) {
            outbox.markDelivered(id);
        }

        @Override
        public long depth() {
            return outbox.depth();
        }
    }

    private final class CountedMessages implements MessageOutbox {

        private final MessageOutbox outbox;

        CountedMessages(MessageOutbox outbox) {
            this.outbox = outbox;
        }

        @Override
        public void add(RelayedMessage message) {
            outbox.add(message);
            counts.get()[1]++;
        }

        @Override
        public Option<RelayedMessage> findById(MessageId id) {
            return outbox.findById(id);
        }

        @Override
        public List<RelayedMessage> claim(int max, Instant now, Duration lease) {
            return outbox.claim(max, now, lease);
        }

        @Override
        public void markDelivered(MessageId id) {
            outbox.markDelivered(id);
        }

        @Override
        public long depth() {
            return outbox.depth();
        }
    }
}
