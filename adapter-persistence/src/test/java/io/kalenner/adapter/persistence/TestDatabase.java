package io.kalenner.adapter.persistence;

import io.kalenner.application.World;
import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.application.port.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL for the whole test run, started by the first test class that uses it
 * and stopped when the run ends (the root store closes what it holds).
 */
public final class TestDatabase implements BeforeAllCallback {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T08:00:00Z"), ZoneOffset.UTC);

    private static volatile Server server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = context.getRoot().getStore(ExtensionContext.Namespace.create(TestDatabase.class))
                .computeIfAbsent(Server.class, key -> Server.start(), Server.class);
    }

    /** The database of this run. */
    public static PostgresPersistence persistence() {
        if (server == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(TestDatabase.class)");
        }
        return server.persistence;
    }

    /** Every port on the database, with a clock fixed at 2030-01-01T08:00Z. */
    public static Ports ports() {
        return persistence().ports(new RandomIdGenerator(), CLOCK);
    }

    /** A world on an emptied database, its ports made for the world's clock. */
    public static World emptyWorld() {
        truncateAll();
        return new World(clock -> persistence().ports(new RandomIdGenerator(), clock));
    }

    /** Empties every table the migrations made (read from the catalog, so a new migration's tables are included). */
    public static void truncateAll() {
        DSL.using(persistence().dataSource(), SQLDialect.POSTGRES).execute("""
                DO $$
                BEGIN
                    EXECUTE (SELECT 'TRUNCATE ' || string_agg(format('%I', tablename), ', ')
                             FROM pg_tables
                             WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history');
                END $$
                """);
        // the truncation's notices reach the cache a moment later; the next test must not read what it kept before
        persistence().forgetCachedReads();
    }

    private record Server(PostgresPersistence persistence, Path directory) implements AutoCloseable {

        static Server start() {
            try {
                Path directory = Files.createTempDirectory("kalenner-test-db");
                return new Server(PostgresPersistence.embeddedNotDurable(directory.resolve("data")), directory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            persistence.close();
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
