package io.kalenner.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the database's notices of changed rows ({@code LISTEN kalenner_cache}) on a connection of
 * its own and passes them to the {@link ReadCache}. The cache serves only while this is
 * connected: before the first {@code LISTEN}, and from a lost connection until a new one
 * listens, it reads everything from the database.
 */
final class CacheChangeListener implements AutoCloseable {

    static final String CHANNEL = "kalenner_cache";
    /** How the listener's session shows in {@code pg_stat_activity}. */
    static final String APPLICATION_NAME = "kalenner-cache-listener";
    private static final Logger LOG = LoggerFactory.getLogger(CacheChangeListener.class);
    private static final int WAIT_MILLIS = 250;
    /** How often a quiet connection is asked whether it is still there: a dead one would otherwise hear nothing, silently. */
    private static final Duration PROBE_EVERY = Duration.ofSeconds(5);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private final ReadCache cache;
    private final OwnConnections connections;
    private final Thread thread;
    private volatile boolean closed;

    private CacheChangeListener(ReadCache cache, OwnConnections connections) {
        this.cache = cache;
        this.connections = connections;
        this.thread = new Thread(this::run, "kalenner-cache-listener");
        this.thread.setDaemon(true);
    }

    /** Starts listening in the background; the cache begins to serve once the first {@code LISTEN} is in place. */
    static CacheChangeListener start(ReadCache cache, OwnConnections connections) {
        CacheChangeListener listener = new CacheChangeListener(cache, connections);
        listener.thread.start();
        return listener;
    }

    private void run() {
        boolean warned = false;
        while (!closed) {
            try (Connection connection = connections.open()) {
                listen(connection);
                if (warned) {
                    LOG.info("cache listener connected again; the read cache serves again");
                    warned = false;
                }
            } catch (SQLException | RuntimeException e) {
                cache.stop();
                if (closed) {
                    return;
                }
                if (!warned) {
                    LOG.warn("cache listener lost its connection ({}); reads go to the database until it is back", e.getMessage());
                    warned = true;
                }
                sleep(RECONNECT_AFTER);
            }
        }
    }

    private void listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        cache.serve();
        PGConnection notices = connection.unwrap(PGConnection.class);
        long probeAt = System.nanoTime() + PROBE_EVERY.toNanos();
        while (!closed) {
            PGNotification[] arrived = notices.getNotifications(WAIT_MILLIS);
            if (arrived != null) {
                for (PGNotification notice : arrived) {
                    cache.changed(notice.getParameter());
                }
            }
            if (System.nanoTime() - probeAt > 0) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT 1");
                }
                probeAt = System.nanoTime() + PROBE_EVERY.toNanos();
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        cache.stop();
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
