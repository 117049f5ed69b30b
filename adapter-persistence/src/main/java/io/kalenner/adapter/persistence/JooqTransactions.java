package io.kalenner.adapter.persistence;

import io.kalenner.application.port.Transactions;
import io.kalenner.domain.Rejection;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
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
    private final ThreadLocal<DSLContext> current = new ThreadLocal<>();

    JooqTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
        this.outsideTransactions = DSL.using(dataSource, SQLDialect.POSTGRES);
    }

    /** Where a repository's statement runs: inside the thread's transaction if one is open. */
    DSLContext dsl() {
        DSLContext inTransaction = current.get();
        return inTransaction != null ? inTransaction : outsideTransactions;
    }

    @Override
    public <T> Either<Rejection, T> inTransaction(Supplier<Either<Rejection, T>> work) {
        if (current.get() != null) {
            return work.get(); // nested: joins the outer transaction
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            current.set(DSL.using(connection, SQLDialect.POSTGRES));
            Either<Rejection, T> result;
            try {
                result = work.get();
            } catch (RuntimeException | Error failure) {
                rollbackKeeping(failure, connection);
                throw failure;
            } finally {
                current.remove();
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

    /** Rolls back after a failure; a failing rollback is added to the failure, not thrown over it. */
    private static void rollbackKeeping(Throwable failure, Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
