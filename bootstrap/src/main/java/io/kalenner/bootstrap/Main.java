package io.kalenner.bootstrap;

import io.kalenner.adapter.persistence.PostgresPersistence;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Kalenner from its {@code KALENNER_*} settings and runs until stopped (Ctrl-C or SIGTERM);
 * without a bot token it starts the {@linkplain SandboxMode sandbox}.
 */
public final class Main {

    private static final Logger log = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.println("Kalenner reads these environment variables (also from a .env file):");
            new TreeMap<>(Configuration.VARIABLES).forEach((name, meaning) -> System.out.printf("  %-28s %s%n", name, meaning));
            return;
        }
        Configuration configuration;
        try {
            configuration = Configuration.fromEnvironment();
        } catch (Configuration.ConfigurationException wrong) {
            System.err.println(wrong.getMessage());
            System.exit(2);
            return;
        }
        if (configuration.telegramToken().isEmpty()) {
            // no bot yet: the sandbox lets a person try the whole product locally
            SandboxMode.run(configuration);
            return;
        }
        run(configuration);
    }

    /** The external PostgreSQL of KALENNER_DB_URL, or else an embedded one that keeps its data under the data directory. */
    static PostgresPersistence openDatabase(Configuration configuration) {
        return configuration.database()
                .map(external -> {
                    log.info("storage=postgresql url={}", external.url().replaceFirst("\\?.*", "")); // parameters may hold secrets
                    return PostgresPersistence.external(external.url(), external.user(), external.password());
                })
                .orElseGet(() -> {
                    Path directory = configuration.dataDirectory().resolve("postgres").toAbsolutePath();
                    log.info("storage=embedded-postgresql dir={}", directory);
                    return PostgresPersistence.embedded(directory);
                });
    }

    private static void run(Configuration configuration) {
        PostgresPersistence database;
        try {
            database = openDatabase(configuration);
        } catch (RuntimeException failed) {
            System.err.println("Could not open the database: " + failed.getMessage());
            System.exit(1);
            return;
        }
        BotMode program;
        try {
            program = BotMode.start(configuration, database, Clock.systemUTC());
        } catch (Web.CannotListen portTaken) {
            database.close();
            System.err.println("Could not start the web server on port " + portTaken.port() + " (is it taken?): set KALENNER_HTTP_PORT to a free port.");
            System.exit(1);
            return;
        } catch (Web.CannotOpenDocuments badKey) {
            // a malformed KALENNER_SECRET_KEY or key file, or an unwritable data directory: the message never holds a key
            database.close();
            System.err.println("Could not open the documents: " + badKey.getMessage());
            System.exit(2);
            return;
        } catch (Exception failed) {
            database.close();
            System.err.println("Could not start the bot: " + failed.getMessage() + " (is KALENNER_TELEGRAM_TOKEN right, and is "
                    + configuration.telegramApiUrl() + " reachable?)");
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping");
            program.close();
            database.close();
            stopped.countDown();
        }, "kalenner-shutdown"));
        log.info("kalenner running bot=@{} web={}", program.kalenner().bot().username(), program.web().port());
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
