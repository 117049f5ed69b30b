package io.kalenner.application.port;

import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;

/**
 * Notifications waiting to be delivered. {@link #add} joins the caller's transaction, so a
 * notification exists exactly when the change it announces was committed. Delivery is at least
 * once: a claimed notification that is not marked delivered before its lease ends is claimed
 * again.
 */
public interface NotificationOutbox {

    void add(Notification notification);

    /**
     * Claims up to {@code max} undelivered notifications, oldest first, that no one else holds a
     * lease on; several processes may claim at once and never get the same one while a lease runs.
     */
    List<Notification> claim(int max, Instant now, Duration lease);

    void markDelivered(NotificationId id);

    /** How many notifications wait for delivery. */
    long depth();
}
