package io.kalenner.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.kalenner.application.inmemory.HmacLinkSigner;
import io.kalenner.application.inmemory.InMemoryDocumentStore;
import io.kalenner.application.port.DocumentStore;
import io.kalenner.application.port.IdGenerator;
import io.kalenner.application.port.LinkSigner;
import io.kalenner.application.port.PollingLease;
import io.kalenner.application.port.Ports;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database behind the ports: an external PostgreSQL, or an embedded one started from a data
 * directory. Either way the schema is migrated to the latest version before anything else runs.
 */
public final class PostgresPersistence implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresPersistence.class);
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(10);
    private static final int POOL_SIZE = 10;

    private final HikariDataSource pool;
    private final Optional<EmbeddedPostgres> embedded;
    private final ReadCache cache = new ReadCache();
    private final CacheChangeListener cacheListener;

    private PostgresPersistence(HikariDataSource pool, Optional<EmbeddedPostgres> embedded) {
        this.pool = pool;
        this.embedded = embedded;
        this.cacheListener = CacheChangeListener.start(cache, () -> ownConnection(CacheChangeListener.APPLICATION_NAME));
    }

    /** Connects to a running PostgreSQL and migrates its schema. */
    public static PostgresPersistence external(String jdbcUrl, String user, String password) {
        return open(pool(jdbcUrl, user, password), Optional.empty());
    }

    /**
     * Starts PostgreSQL on the data in {@code dataDirectory} (made on the first start) and
     * migrates it. It writes durably: zonky turns {@code fsync} and {@code synchronous_commit}
     * off, which this turns back on, since this data is the only copy.
     */
    public static PostgresPersistence embedded(Path dataDirectory) {
        return startEmbedded(dataDirectory, true);
    }

    /** An embedded PostgreSQL for tests and throwaway runs: fast, and a crash may lose the last commits. */
    public static PostgresPersistence embeddedNotDurable(Path dataDirectory) {
        return startEmbedded(dataDirectory, false);
    }

    private static PostgresPersistence startEmbedded(Path dataDirectory, boolean durable) {
        EmbeddedPostgres postgres;
        try {
            Files.createDirectories(dataDirectory);
            LeftoverServer.stopIfRunning(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // stopped by close(), after the pool: zonky's own hook would stop it under running work
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (durable) {
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on");
            }
            postgres = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
        LOG.info("embedded PostgreSQL on port {} with data in {}{}", postgres.getPort(), dataDirectory, durable ? "" : " (not durable)");
        try {
            return open(pool(postgres.getJdbcUrl("postgres", "postgres"), "postgres", ""), Optional.of(postgres));
        } catch (RuntimeException e) {
            closeQuietly(postgres, e);
            throw e;
        }
    }

    private static PostgresPersistence open(HikariDataSource pool, Optional<EmbeddedPostgres> embedded) {
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            return new PostgresPersistence(pool, embedded);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("kalenner");
        config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(POOL_SIZE);
        // no statement may hang a use case, a poller or a shutdown
        config.addDataSourceProperty("options", "-c statement_timeout=" + STATEMENT_TIMEOUT.toMillis());
        return new HikariDataSource(config);
    }

    /**
     * Every port on this database, with documents kept in memory and download links signed with a
     * random key: for tests and embedders that store no files. The program uses
     * {@link #ports(IdGenerator, Clock, DocumentStore, LinkSigner)}.
     */
    public Ports ports(IdGenerator ids, Clock clock) {
        return ports(ids, clock, new InMemoryDocumentStore(), HmacLinkSigner.withRandomKey(clock));
    }

    /** Every port on this database; ids, the clock, the file store and the link signer come from the caller. */
    public Ports ports(IdGenerator ids, Clock clock, DocumentStore documents, LinkSigner links) {
        JooqTransactions transactions = new JooqTransactions(pool, cache);
        return new Ports(
                new JooqAccountRepository(transactions),
                new JooqServiceRepository(transactions),
                new JooqScheduleRepository(transactions),
                new JooqAppointmentRepository(transactions),
                new JooqInvitationRepository(transactions),
                new JooqNotificationOutbox(transactions),
                new JooqUpdateReceipts(transactions),
                new JooqConversationStates(transactions),
                transactions,
                ids,
                clock,
                documents,
                links,
                new JooqTermsRepository(transactions),
                new JooqSharedDocumentRepository(transactions),
                new JooqMessageOutbox(transactions),
                new JooqReminders(transactions),
                new JooqAppointmentHistory(transactions),
                new JooqProfileRepository(transactions),
                new JooqPackageRepository(transactions));
    }

    /**
     * A new holder of the polling lease on this database: a session-level advisory lock on a
     * connection of its own (made on each take, never pooled), so the lock ends with the holder's
     * process. The server also ends the session of a holder it cannot reach within about half a
     * minute (TCP keepalives), so a cut-off holder does not keep the lease.
     */
    public PollingLease pollingLease() {
        return new PostgresPollingLease(() -> ownConnection("kalenner-polling-lease"));
    }

    /**
     * A connection outside the pool, for a holder that keeps it for long (the polling lease, the
     * cache's listener). The server ends its session when it cannot reach the holder for about
     * half a minute (TCP keepalives).
     */
    private Connection ownConnection(String applicationName) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("user", pool.getUsername());
        properties.setProperty("password", pool.getPassword() == null ? "" : pool.getPassword());
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("options", "-c statement_timeout=" + STATEMENT_TIMEOUT.toMillis()
                + " -c tcp_keepalives_idle=10 -c tcp_keepalives_interval=5 -c tcp_keepalives_count=3");
        return DriverManager.getConnection(pool.getJdbcUrl(), properties);
    }

    /**
     * Forgets every row the instance keeps in memory. Changes made through the database's own
     * statements reach the cache by themselves, a few milliseconds after they commit; this is for
     * whoever needs them seen at once after changing the database outside the program (a test
     * that empties it, a restore).
     */
    public void forgetCachedReads() {
        cache.forgetAll();
    }

    /** Whether the cache of often-read rows is in use, i.e. its listener hears the database's change notices. */
    public boolean cacheServing() {
        return cache.serving();
    }

    ReadCache readCache() {
        return cache;
    }

    /** The pooled connections, for health checks and tests. */
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        cacheListener.close();
        pool.close();
        embedded.ifPresent(postgres -> closeQuietly(postgres, null));
    }

    private static void closeQuietly(EmbeddedPostgres postgres, RuntimeException failure) {
        try {
            postgres.close();
        } catch (IOException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            } else {
                LOG.warn("the embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
