package io.kalenner.adapter.persistence;

import io.kalenner.application.port.PollingLease;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The polling lease as a session-level advisory lock, held on a connection of its own that is never
 * returned to a pool: when the holder's process dies, its session ends and PostgreSQL frees the
 * lock. {@link #isHeld()} asks the server, so a broken connection reads as a lost lease.
 */
final class PostgresPollingLease implements PollingLease {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresPollingLease.class);

    /** The first key of the two-key advisory lock; {@link JooqProfileRepository}'s slugs use 5. */
    private static final int POLLING_LOCKS = 7;
    private static final int POLLING = 1;
    private static final int CHECK_SECONDS = 2;

    /** Opens the connection outside the pool on which the lock is taken. */
    private final OwnConnections connections;
    private Connection held;

    PostgresPollingLease(OwnConnections connections) {
        this.connections = connections;
    }

    @Override
    public synchronized boolean tryAcquire() {
        if (isHeld()) {
            return true;
        }
        try {
            Connection connection = connections.open();
            if (takeLock(connection)) {
                held = connection;
                return true;
            }
            connection.close();
        } catch (SQLException unreachable) {
            LOG.debug("polling lease not taken: {}", unreachable.getMessage());
        }
        return false;
    }

    @Override
    public synchronized boolean isHeld() {
        if (held == null) {
            return false;
        }
        if (stillLocked(held)) {
            return true;
        }
        closeQuietly();
        return false;
    }

    @Override
    public synchronized void release() {
        // ending the session frees its session-level locks
        closeQuietly();
    }

    private static boolean takeLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            statement.setInt(1, POLLING_LOCKS);
            statement.setInt(2, POLLING);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** A round trip that also says whether this session still holds the lock. */
    private static boolean stillLocked(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT count(*) FROM pg_locks
                WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
                  AND classid = ? AND objid = ? AND objsubid = 2""")) {
            statement.setQueryTimeout(CHECK_SECONDS);
            statement.setInt(1, POLLING_LOCKS);
            statement.setInt(2, POLLING);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getLong(1) > 0;
            }
        } catch (SQLException broken) {
            return false;
        }
    }

    private void closeQuietly() {
        if (held != null) {
            try {
                held.close();
            } catch (SQLException alreadyBroken) {
                LOG.debug("polling lease connection did not close cleanly: {}", alreadyBroken.getMessage());
            }
            held = null;
        }
    }
}
