package io.kalenner.adapter.persistence;

import io.kalenner.application.port.Transactions;
import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;

/**
 * A use case's transaction is one JDBC transaction on one pooled connection, held by the thread
 * that runs it. Repositories ask {@link #dsl()} for the context to run their statements in: the
 * thread's open transaction, or else the pool, one statement at a time.
 *
 * <p>Round trips to the server are most of what a write costs, so {@linkplain #appendAtCommit
 * appends} (history rows, outbox rows), whose outcome nothing waits for, are held back and sent
 * with the commit in one request.
 */
final class JooqTransactions implements Transactions {

    private final DataSource dataSource;
    private final ReadCache cache;
    private final DSLContext outsideTransactions;
    private final ThreadLocal<Open> current = new ThreadLocal<>();

    /** The thread's open transaction: its connection, the context its statements run in, and the appends waiting to be sent. */
    private static final class Open {
        private final Connection connection;
        private final DSLContext dsl;
        private final List<Query> appends = new ArrayList<>();
        /** Cached rows this transaction wrote: forgotten when it ends, and read from the database until then. */
        private final List<Map.Entry<ReadCache.Region, Object>> cachedRowsWritten = new ArrayList<>();
        private boolean sendingAppends;

        Open(Connection connection) {
            this.connection = connection;
            // any other statement first sends the waiting appends, so the transaction always reads its own writes
            this.dsl = DSL.using(new DefaultConfiguration().set(connection).set(SQLDialect.POSTGRES)
                    .set(ExecuteListener.onStart(context -> sendAppends())));
        }

        private void sendAppends() {
            if (!appends.isEmpty() && !sendingAppends) {
                send("");
            }
        }

        /** Sends the waiting appends and the commit as one multi-statement request, else commits alone. */
        private void commit() throws SQLException {
            if (!appends.isEmpty()) {
                // a failing append makes the server skip the COMMIT behind it, and the caller rolls back
                send("; COMMIT");
            }
            // a no-op when the COMMIT above already ended the transaction (the driver follows the server's state)
            connection.commit();
        }

        /** The waiting appends as one request, followed by {@code after}; its own start does not send them again. */
        private void send(String after) {
            sendingAppends = true;
            try {
                List<Query> waiting = List.copyOf(appends);
                appends.clear();
                dsl.execute(joined(waiting, after));
            } finally {
                sendingAppends = false;
            }
        }

        private static org.jooq.SQL joined(List<Query> queries, String after) {
            StringBuilder template = new StringBuilder();
            for (int i = 0; i < queries.size(); i++) {
                template.append(i == 0 ? "" : "; ").append('{').append(i).append('}');
            }
            return DSL.sql(template.append(after).toString(), queries.toArray(new Object[0]));
        }
    }

    JooqTransactions(DataSource dataSource, ReadCache cache) {
        this.dataSource = dataSource;
        this.cache = cache;
        this.outsideTransactions = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    /** Where a repository's statement runs: inside the thread's transaction if one is open. */
    DSLContext dsl() {
        Open open = current.get();
        return open != null ? open.dsl : outsideTransactions;
    }

    /** Whether the thread has a transaction open, which a repository's statements then join. */
    boolean isOpen() {
        return current.get() != null;
    }

    /**
     * A read of rows the {@link ReadCache} keeps: from memory when it can, from the database when
     * the cache is not serving or the thread's transaction has written such rows (it must read
     * its own writes, and no value it sees before its commit may be kept).
     */
    <V> V cached(ReadCache.Region region, Object key, Supplier<V> read) {
        Open open = current.get();
        return open != null && !open.cachedRowsWritten.isEmpty() ? read.get() : cache.get(region, key, read);
    }

    /** Tells the cache of a write to rows it keeps, once the write is committed (at once outside a transaction). */
    void wrote(ReadCache.Region region, Object key) {
        Open open = current.get();
        if (open == null) {
            cache.changed(region, key);
        } else {
            open.cachedRowsWritten.add(Map.entry(region, key));
        }
    }

    /**
     * Runs an insert whose outcome nothing waits for: inside a transaction it is sent with the
     * commit, or with the transaction's next statement if that comes first; outside one, at once.
     */
    void appendAtCommit(Query insert) {
        Open open = current.get();
        if (open == null) {
            outsideTransactions.execute(insert);
        } else {
            open.appends.add(insert);
        }
    }

    @Override
    public <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
        Open outer = current.get();
        if (outer != null) {
            return nested(outer, work);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Open open = new Open(connection);
            current.set(open);
            Either<Rejection, T> result;
            try {
                result = work.get();
                if (result.isRight()) {
                    open.commit();
                } else {
                    connection.rollback();
                }
            } catch (RuntimeException | Error failure) {
                rollbackKeeping(failure, connection);
                throw failure;
            } finally {
                current.remove();
                // committed or not, they are forgotten: a value read before the commit would be stale after it
                open.cachedRowsWritten.forEach(row -> cache.changed(row.getKey(), row.getValue()));
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("transaction failed: " + e.getMessage(), e);
        }
    }

    /**
     * An inner transaction is a savepoint of the outer one: refused or failed, it takes back its
     * own writes and leaves the outer transaction usable (a failed statement would otherwise
     * abort all of it).
     */
    private static <T> Either<Rejection, T> nested(Open open, Supplier<Either<Rejection, T>> work) {
        Connection connection = open.connection;
        // the outer transaction's appends are its own: the savepoint must not take them back
        open.sendAppends();
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new DataAccessException("could not open an inner transaction: " + e.getMessage(), e);
        }
        Either<Rejection, T> result;
        try {
            result = work.get();
        } catch (RuntimeException | Error failure) {
            open.appends.clear();
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            throw failure;
        }
        if (result.isLeft()) {
            open.appends.clear();
            try {
                connection.rollback(savepoint);
            } catch (SQLException e) {
                throw new DataAccessException("could not end an inner transaction: " + e.getMessage(), e);
            }
        }
        // a kept savepoint is not released: the outer commit ends it, and RELEASE would cost a round trip
        return result;
    }

    /** Rolls back after a failure; a failing rollback is added to the failure, not thrown over it. */
    private static void rollbackKeeping(Throwable failure, Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
