package io.kalenner.application.inmemory;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Rows by key in insertion order, with writes that a rolled-back transaction undoes. A row keeps
 * its place when it is replaced, and gets it back when its removal is undone.
 */
final class InMemoryTable<K, V> {

    private record Row<V>(long position, V value) {}

    private final InMemoryTransactions transactions;
    private final Map<K, Row<V>> rows = new HashMap<>();
    private final TreeMap<Long, K> order = new TreeMap<>();
    private long nextPosition;

    InMemoryTable(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    Option<V> get(K key) {
        return transactions.read(() -> Option.of(rows.get(key)).map(Row::value));
    }

    /** Runs a check-then-write as one step, under the transaction lock. */
    <T> T atomically(java.util.function.Supplier<T> step) {
        return transactions.read(step);
    }

    List<V> where(Predicate<V> filter) {
        return transactions.read(() -> List.ofAll(order.values()).map(key -> rows.get(key).value()).filter(filter));
    }

    /** The keys of the rows whose value passes the filter. */
    List<K> keysWhere(Predicate<V> filter) {
        return transactions.read(() -> List.ofAll(order.values()).filter(key -> filter.test(rows.get(key).value())));
    }

    void put(K key, V value) {
        transactions.write(() -> {
            Row<V> previous = rows.get(key);
            store(key, new Row<>(previous == null ? nextPosition++ : previous.position(), value));
            return restorer(key, previous);
        });
    }

    void remove(K key) {
        transactions.write(() -> {
            Row<V> previous = rows.get(key);
            if (previous != null) {
                rows.remove(key);
                order.remove(previous.position());
            }
            return restorer(key, previous);
        });
    }

    private void store(K key, Row<V> row) {
        rows.put(key, row);
        order.put(row.position(), key);
    }

    /** Undoes a write to {@code key} whose former row was {@code previous}. */
    private Runnable restorer(K key, Row<V> previous) {
        return () -> {
            Row<V> current = rows.remove(key);
            if (current != null) {
                order.remove(current.position());
            }
            if (previous != null) {
                store(key, previous);
            }
        };
    }
}
