package io.kalenner.bootstrap;

import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHoursGrammar;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.control.Option;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The program without a bot token: the sandbox's Telegram stand-in and its page on
 * {@code KALENNER_HTTP_PORT}, the web server on the next port, and the real bot on the real
 * database talking to the stand-in, all on a clock the page moves forward, so the whole
 * product can be tried on one machine with no account and no network. Three users are there from
 * the start: the specialist {@value #SPECIALIST} (with a service and working hours unless
 * {@code KALENNER_SANDBOX_DEMO=off}) and the clients {@value #CLIENT_RU} (ru) and
 * {@value #CLIENT_EN} (en).
 *
 * <p>The database outlives a run, the stand-in does not: the users get ids from their names and
 * update ids follow the clock ({@link BotApiServer#startAcrossRuns}), and the demo data is made
 * only when the specialist is not one yet, so a restart on the same data finds everything as left.
 */
public final class SandboxMode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SandboxMode.class);

    /** Fixed, since only this machine sees it; the number before the colon is the bot's id, as with real tokens. */
    static final String TOKEN = "7000000001:kalenner-sandbox";
    static final String SPECIALIST = "Анна";
    static final String CLIENT_RU = "Борис";
    static final String CLIENT_EN = "Emma";

    private final SandboxClock clock;
    private final BotApiServer telegram;
    private final Web web;
    private final Kalenner kalenner;

    private SandboxMode(SandboxClock clock, BotApiServer telegram, Web web, Kalenner kalenner) {
        this.clock = clock;
        this.telegram = telegram;
        this.web = web;
        this.kalenner = kalenner;
    }

    /**
     * Starts the stand-in on the configured port, the web server on the next one, and the bot
     * against the stand-in, on a database the caller opened and closes. The program runs on a
     * {@link SandboxClock} over {@code clock}, which the page moves forward.
     *
     * @throws java.io.UncheckedIOException when the stand-in's port is taken
     * @throws Web.CannotListen when the web server's port is taken
     * @throws Web.CannotOpenDocuments when a secret key is malformed
     */
    public static SandboxMode start(Configuration configuration, PostgresPersistence database, Clock clock) throws Exception {
        // the development clock exists here only: the program with a token runs on the system clock
        SandboxClock sandboxClock = SandboxClock.over(clock, configuration.dataDirectory());
        BotApiServer telegram = BotApiServer.startAcrossRuns(TOKEN, configuration.httpPort(), sandboxClock, sandboxClock::advance);
        Web web = null;
        Kalenner kalenner = null;
        try {
            web = Web.start(configuration, sandboxClock);
            kalenner = Kalenner.start(new TelegramSettings(TOKEN, URI.create(telegram.baseUrl()), configuration.publicUrl()),
                    database.ports(new RandomIdGenerator(), sandboxClock, web.documents(), web.links()), configuration.supportOperators());
            SandboxMode sandbox = new SandboxMode(sandboxClock, telegram, web, kalenner);
            if (!sandboxClock.ahead().isZero()) {
                log.info("sandbox clock ahead of the real time by={}", sandboxClock.ahead());
            }
            sandbox.addUsers(configuration.sandboxDemo());
            return sandbox;
        } catch (Exception | Error failed) {
            if (kalenner != null) {
                kalenner.close();
            }
            if (web != null) {
                web.close();
            }
            telegram.close();
            throw failed;
        }
    }

    /** Runs the sandbox until Ctrl-C or SIGTERM; prints the page's address, or one line saying why it cannot start. */
    static void run(Configuration configuration) {
        PostgresPersistence database;
        try {
            database = Main.openDatabase(configuration);
        } catch (RuntimeException failed) {
            System.err.println("Could not open the database: " + failed.getMessage());
            System.exit(1);
            return;
        }
        SandboxMode sandbox;
        try {
            sandbox = start(configuration, database, Clock.systemUTC());
        } catch (java.io.UncheckedIOException | Web.CannotListen portTaken) {
            database.close();
            int port = portTaken instanceof Web.CannotListen web ? web.port() : configuration.httpPort();
            System.err.println("Could not start the sandbox on port " + port + " (is it taken?): set KALENNER_HTTP_PORT to a free port"
                    + " (the sandbox uses it and the next one), or KALENNER_TELEGRAM_TOKEN to run the real bot.");
            System.exit(1);
            return;
        } catch (Web.CannotOpenDocuments badKey) {
            database.close();
            System.err.println("Could not open the documents: " + badKey.getMessage());
            System.exit(2);
            return;
        } catch (Exception failed) {
            database.close();
            System.err.println("Could not start the sandbox: " + failed.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping the sandbox");
            sandbox.close();
            database.close();
            stopped.countDown();
        }, "kalenner-shutdown"));
        System.out.println("Kalenner sandbox (no KALENNER_TELEGRAM_TOKEN): open " + sandbox.pageUrl() + " — Ctrl-C stops it");
        try {
            stopped.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public String pageUrl() {
        return telegram.pageUrl();
    }

    public BotApiServer telegram() {
        return telegram;
    }

    public Kalenner kalenner() {
        return kalenner;
    }

    public Web web() {
        return web;
    }

    /** The program's clock, which the page moves forward. */
    Clock clock() {
        return clock;
    }

    /** Stops the bot, then the web server, then the stand-in; the database belongs to the caller. */
    @Override
    public void close() {
        kalenner.close();
        web.close();
        telegram.close();
    }

    private void addUsers(boolean demo) {
        TelegramUser specialist = telegram.userNamed(SPECIALIST, "ru");
        telegram.userNamed(CLIENT_RU, "ru");
        telegram.userNamed(CLIENT_EN, "en");
        if (demo) {
            makeSpecialist(kalenner.core(), specialist);
        }
    }

    /** A specialist with one service and weekday hours, made only once: a restart finds them as left. */
    private static void makeSpecialist(BookingCore core, TelegramUser user) {
        Account account = core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(user.id()), user.firstName(), Language.RU));
        if (account.isProvider()) {
            log.info("sandbox specialist already registered account={}", account.id());
            return;
        }
        Account specialist = core.registerAsProvider().register(account.id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none()))
                .getOrElseThrow(refused -> new IllegalStateException("could not register the sandbox specialist: " + refused));
        core.addService().add(specialist.id(), new AddService.Command("Консультация", Duration.ofMinutes(60), Money.of(300000, "RUB")))
                .getOrElseThrow(refused -> new IllegalStateException("could not add the sandbox service: " + refused));
        core.setSchedule().set(specialist.id(), Schedule.empty().withHours(WorkingHoursGrammar.parse("пн-пт 09:00-18:00").get()))
                .getOrElseThrow(refused -> new IllegalStateException("could not set the sandbox working hours: " + refused));
        log.info("sandbox specialist registered account={}", specialist.id());
    }
}
