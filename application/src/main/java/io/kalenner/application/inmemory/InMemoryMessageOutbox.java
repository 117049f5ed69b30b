package io.kalenner.application.inmemory;

import io.kalenner.application.message.MessageId;
import io.kalenner.application.message.RelayedMessage;
import io.kalenner.application.port.MessageOutbox;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

public final class InMemoryMessageOutbox implements MessageOutbox {

    private record Entry(RelayedMessage message, Instant leasedUntil, boolean delivered) {}

    private final InMemoryTable<MessageId, Entry> entries;
    /** The undelivered entries, all under one key: delivered ones stay for {@link #findById} and pile up. */
    private final InMemoryTable<MessageId, Entry>.Index<Boolean> undelivered;

    public InMemoryMessageOutbox(InMemoryTransactions transactions) {
        this.entries = new InMemoryTable<>(transactions);
        this.undelivered = entries.partialIndexBy(e -> e.delivered() ? Option.none() : Option.some(Boolean.TRUE));
    }

    @Override
    public void add(RelayedMessage message) {
        entries.put(message.id(), new Entry(message, Instant.MIN, false));
    }

    @Override
    public Option<RelayedMessage> findById(MessageId id) {
        return entries.get(id).map(Entry::message);
    }

    @Override
    public List<RelayedMessage> claim(int max, Instant now, Duration lease) {
        return entries.atomically(() -> {
            // insertion order is creation order, except for a message added with an earlier instant
            List<Entry> claimable = undelivered.where(Boolean.TRUE, e -> !e.leasedUntil().isAfter(now))
                    .sortBy(e -> e.message().createdAt())
                    .take(max);
            claimable.forEach(e -> entries.put(e.message().id(), new Entry(e.message(), now.plus(lease), false)));
            return claimable.map(Entry::message);
        });
    }

    @Override
    public void markDelivered(MessageId id) {
        entries.atomically(() -> {
            entries.get(id).forEach(e -> entries.put(id, new Entry(e.message(), e.leasedUntil(), true)));
            return id;
        });
    }

    @Override
    public long depth() {
        return undelivered.where(Boolean.TRUE).size();
    }
}
