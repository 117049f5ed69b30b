package io.kalenner.bootstrap;

import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.adapter.telegram.TelegramSettings;
import java.time.Clock;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Kalenner from its {@code KALENNER_*} settings and runs until stopped (Ctrl-C or SIGTERM). */
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
            System.err.println("KALENNER_TELEGRAM_TOKEN is not set: give the bot token from @BotFather "
                    + "(export KALENNER_TELEGRAM_TOKEN=... or put it in .env). Run with --help for every setting.");
            System.exit(2);
            return;
        }
        run(configuration);
    }

    private static void run(Configuration configuration) {
        // The PostgreSQL adapter is not built yet (issue: persistence): until it is, data lives in memory.
        log.warn("storage=in-memory: data is lost when the program stops; the PostgreSQL adapter is not built yet");
        Kalenner kalenner;
        try {
            kalenner = Kalenner.start(new TelegramSettings(configuration.telegramToken().get(), configuration.telegramApiUrl()),
                    InMemoryPorts.create(Clock.systemUTC()));
        } catch (Exception failed) {
            System.err.println("Could not start the bot: " + failed.getMessage() + " (is KALENNER_TELEGRAM_TOKEN right, and is "
                    + configuration.telegramApiUrl() + " reachable?)");
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping");
            kalenner.close();
            stopped.countDown();
        }, "kalenner-shutdown"));
        log.info("kalenner running bot=@{}", kalenner.bot().username());
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
