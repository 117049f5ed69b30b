package io.kalenner.application.inmemory;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rows by key in insertion order, with writes that a rolled-back transaction undoes. A row keeps
 * its place when it is replaced, and gets it back when its removal is undone. An {@link Index}
 * finds the rows with one value of an attribute without reading the others, as a database index
 * does: a table that grows while the program runs (appointments, their history) needs one for
 * every list it is asked for often.
 */
final class InMemoryTable<K, V> {

    private record Row<V>(long position, V value) {}

    private final InMemoryTransactions transactions;
    private final Map<K, Row<V>> rows = new HashMap<>();
    private final TreeMap<Long, K> order = new TreeMap<>();
    private final java.util.List<Index<?>> indexes = new ArrayList<>();
    private long nextPosition;

    InMemoryTable(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    /** An index of every row by {@code attribute}. */
    <A> Index<A> indexBy(Function<V, A> attribute) {
        return partialIndexBy(value -> Option.some(attribute.apply(value)));
    }

    /**
     * An index of the rows for which {@code attribute} gives a value; the others are left out, as
     * from a partial index ({@code CREATE INDEX ... WHERE}).
     */
    <A> Index<A> partialIndexBy(Function<V, Option<A>> attribute) {
        return transactions.read(() -> {
            Index<A> index = new Index<>(attribute);
            rows.forEach(index::add);
            indexes.add(index);
            return index;
        });
    }

    Option<V> get(K key) {
        return transactions.read(() -> Option.of(rows.get(key)).map(Row::value));
    }

    /** Runs a check-then-write as one step, under the transaction lock. */
    <T> T atomically(java.util.function.Supplier<T> step) {
        return transactions.read(step);
    }

    List<V> where(Predicate<V> filter) {
        return transactions.read(() -> valuesOf(order).filter(filter));
    }

    /** The keys of the rows whose value passes the filter. */
    List<K> keysWhere(Predicate<V> filter) {
        return transactions.read(() -> List.ofAll(order.values()).filter(key -> filter.test(rows.get(key).value())));
    }

    int size() {
        return transactions.read(rows::size);
    }

    void put(K key, V value) {
        transactions.write(() -> {
            Row<V> previous = rows.get(key);
            if (previous != null) {
                unstore(key, previous);
            }
            store(key, new Row<>(previous == null ? nextPosition++ : previous.position(), value));
            return restorer(key, previous);
        });
    }

    void remove(K key) {
        transactions.write(() -> {
            Row<V> previous = rows.get(key);
            if (previous != null) {
                unstore(key, previous);
            }
            return restorer(key, previous);
        });
    }

    private List<V> valuesOf(NavigableMap<Long, K> keysInOrder) {
        return List.ofAll(keysInOrder.values()).map(key -> rows.get(key).value());
    }

    private void store(K key, Row<V> row) {
        rows.put(key, row);
        order.put(row.position(), key);
        indexes.forEach(index -> index.add(key, row));
    }

    private void unstore(K key, Row<V> row) {
        rows.remove(key);
        order.remove(row.position());
        indexes.forEach(index -> index.remove(row));
    }

    /** Undoes a write to {@code key} whose former row was {@code previous}. */
    private Runnable restorer(K key, Row<V> previous) {
        return () -> {
            Row<V> current = rows.get(key);
            if (current != null) {
                unstore(key, current);
            }
            if (previous != null) {
                store(key, previous);
            }
        };
    }

    /** The rows by the value of one attribute, each value's rows in the table's order. */
    final class Index<A> {

        private final Function<V, Option<A>> attribute;
        private final Map<A, TreeMap<Long, K>> keysByValue = new HashMap<>();

        private Index(Function<V, Option<A>> attribute) {
            this.attribute = attribute;
        }

        /** The rows whose attribute is {@code value}, in the table's order. */
        List<V> where(A value) {
            return where(value, row -> true);
        }

        /** The rows whose attribute is {@code value} and that pass the filter, in the table's order. */
        List<V> where(A value, Predicate<V> filter) {
            return transactions.read(() -> {
                TreeMap<Long, K> keys = keysByValue.get(value);
                return keys == null ? List.<V>empty() : valuesOf(keys).filter(filter);
            });
        }

        private void add(K key, Row<V> row) {
            attribute.apply(row.value()).forEach(value -> keysByValue
                    .computeIfAbsent(value, absent -> new TreeMap<>())
                    .put(row.position(), key));
        }

        private void remove(Row<V> row) {
            attribute.apply(row.value()).forEach(value -> {
                TreeMap<Long, K> keys = keysByValue.get(value);
                keys.remove(row.position());
                if (keys.isEmpty()) {
                    keysByValue.remove(value);
                }
            });
        }
    }
}
