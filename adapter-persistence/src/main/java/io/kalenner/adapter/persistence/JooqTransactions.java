package io.kalenner.adapter.persistence;

import io.kalenner.application.port.Transactions;
import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * A use case's transaction is one JDBC transaction on one pooled connection, held by the thread
 * that runs it. Repositories ask {@link #dsl()} for the context to run their statements in: the
 * thread's open transaction, or else the pool, one statement at a time.
 */
final class JooqTransactions implements Transactions {

    private final DataSource dataSource;
    private final DSLContext outsideTransactions;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<DSLContext> currentDsl = new ThreadLocal<>();

    JooqTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
        this.outsideTransactions = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    /** Where a repository's statement runs: inside the thread's transaction if one is open. */
    DSLContext dsl() {
        DSLContext inTransaction = currentDsl.get();
        return inTransaction != null ? inTransaction : outsideTransactions;
    }

    /** Whether the thread has a transaction open, which a repository's statements then join. */
    boolean isOpen() {
        return current.get() != null;
    }

    @Override
    public <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
        Connection outer = current.get();
        if (outer != null) {
            return nested(outer, work);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(connection);
            currentDsl.set(DSL.using(connection, SQLDialect.POSTGRES));
            Either<Rejection, T> result;
            try {
                result = work.get();
            } catch (RuntimeException | Error failure) {
                rollbackKeeping(failure, connection);
                throw failure;
            } finally {
                current.remove();
                currentDsl.remove();
            }
            if (result.isRight()) {
                connection.commit();
            } else {
                connection.rollback();
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
    private static <T> Either<Rejection, T> nested(Connection connection, Supplier<Either<Rejection, T>> work) {
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
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
            throw failure;
        }
        if (result.isLeft()) {
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
