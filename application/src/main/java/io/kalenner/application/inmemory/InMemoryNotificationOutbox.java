package io.kalenner.application.inmemory;

import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.application.port.NotificationOutbox;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;

public final class InMemoryNotificationOutbox implements NotificationOutbox {

    private record Entry(Notification notification, Instant leasedUntil) {}

    private final InMemoryTable<NotificationId, Entry> entries;

    public InMemoryNotificationOutbox(InMemoryTransactions transactions) {
        this.entries = new InMemoryTable<>(transactions);
    }

    @Override
    public void add(Notification notification) {
        entries.put(notification.id(), new Entry(notification, Instant.MIN));
    }

    @Override
    public List<Notification> claim(int max, Instant now, Duration lease) {
        return entries.atomically(() -> {
            List<Entry> claimable = entries.where(e -> !e.leasedUntil().isAfter(now)).take(max);
            claimable.forEach(e -> entries.put(e.notification().id(), new Entry(e.notification(), now.plus(lease))));
            return claimable.map(Entry::notification);
        });
    }

    @Override
    public void markDelivered(NotificationId id) {
        entries.remove(id);
    }

    @Override
    public long depth() {
        return entries.size();
    }
}
