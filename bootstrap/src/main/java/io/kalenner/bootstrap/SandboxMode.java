package io.kalenner.bootstrap;

import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.terms.UploadTermsDocument;
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
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * the start: the specialist {@value #SPECIALIST} and the clients {@value #CLIENT_RU} (ru) and
 * {@value #CLIENT_EN} (en). Unless {@code KALENNER_SANDBOX_DEMO=off}, {@value #SPECIALIST} has a
 * service, working hours and a terms document clients must agree to, and two more users are there:
 * the organization {@value #ORGANIZATION} (ru) with a service, and its member specialist
 * {@value #MEMBER} (ru) with working hours.
 *
 * <p>The database outlives a run, the stand-in does not: the users get ids from their names and
 * update ids follow the clock ({@link BotApiServer#startAcrossRuns}), and each piece of the demo
 * data is made only when it is not there yet, so a restart on the same data finds everything as left.
 */
public final class SandboxMode implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SandboxMode.class);

    /** Fixed, since only this machine sees it; the number before the colon is the bot's id, as with real tokens. */
    static final String TOKEN = "7000000001:kalenner-sandbox";
    static final String SPECIALIST = "Анна";
    static final String CLIENT_RU = "Борис";
    static final String CLIENT_EN = "Emma";
    static final String ORGANIZATION = "Школа Парус";
    static final String MEMBER = "Мария";
    static final String TERMS_FILE = "Условия.txt";
    static final String TERMS_TITLE = "Условия записи";
    private static final String TERMS_TEXT = "Запись можно отменить не позднее чем за 24 часа до начала.\n";
    private static final String WORKING_HOURS = "пн-пт 09:00-18:00";

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
            web.serveDownloads(kalenner.core());
            web.serveProfiles(kalenner.core(), kalenner.bot().username());
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
            BookingCore core = kalenner.core();
            Account anna = makeSpecialist(core, specialist);
            addTerms(core, anna);
            Account organization = makeOrganization(core, telegram.userNamed(ORGANIZATION, "ru"));
            addMember(core, organization, telegram.userNamed(MEMBER, "ru"));
        }
    }

    private static Account identify(BookingCore core, TelegramUser user) {
        return core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(user.id()), user.firstName(), Language.RU));
    }

    /** A specialist with one service and weekday hours, made only once: a restart finds them as left. */
    /** The demo service's description and payment link, so the sandbox shows them and the card's Оплатить (D48, D49). */
    static final String DEMO_SERVICE_DESCRIPTION = "Первая встреча: знакомимся и разбираем ваш вопрос.";
    static final String DEMO_PAYMENT_LINK = "https://example.com/pay/consultation";

    private static Account makeSpecialist(BookingCore core, TelegramUser user) {
        Account account = identify(core, user);
        if (account.isProvider()) {
            log.info("sandbox specialist already registered account={}", account.id());
            return account;
        }
        Account specialist = core.registerAsProvider().register(account.id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none()))
                .getOrElseThrow(refused -> new IllegalStateException("could not register the sandbox specialist: " + refused));
        core.addService().add(specialist.id(), new AddService.Command("Консультация", Duration.ofMinutes(60), Money.of(300000, "RUB"),
                        DEMO_SERVICE_DESCRIPTION, DEMO_PAYMENT_LINK))
                .getOrElseThrow(refused -> new IllegalStateException("could not add the sandbox service: " + refused));
        setHours(core, specialist);
        log.info("sandbox specialist registered account={}", specialist.id());
        return specialist;
    }

    /** One terms document clients must agree to, uploaded only when the specialist has none. */
    private static void addTerms(BookingCore core, Account specialist) {
        if (!core.ports().terms().ofProvider(specialist.id()).isEmpty()) {
            return;
        }
        byte[] text = TERMS_TEXT.getBytes(StandardCharsets.UTF_8);
        var upload = new UploadTermsDocument.Upload(new ByteArrayInputStream(text), TERMS_FILE, "text/plain; charset=utf-8");
        var document = core.uploadTermsDocument().newDocument(specialist.id(), new UploadTermsDocument.NewDocument(TERMS_TITLE, true, upload))
                .getOrElseThrow(refused -> new IllegalStateException("could not upload the sandbox terms: " + refused));
        log.info("sandbox terms uploaded document={}", document.id());
    }

    /** An organization with one service; registered and given the service only when not done yet. */
    private static Account makeOrganization(BookingCore core, TelegramUser user) {
        Account account = identify(core, user);
        Account organization = account.isProvider() ? account
                : core.registerAsProvider().register(account.id(), new RegisterAsProvider.Command(ProviderKind.ORGANIZATION, Option.some(ORGANIZATION)))
                        .getOrElseThrow(refused -> new IllegalStateException("could not register the sandbox organization: " + refused));
        if (core.ports().services().activeOf(organization.id()).isEmpty()) {
            core.addService().add(organization.id(), new AddService.Command("Урок под парусом", Duration.ofMinutes(90), Money.of(450000, "RUB")))
                    .getOrElseThrow(refused -> new IllegalStateException("could not add the sandbox organization's service: " + refused));
            log.info("sandbox organization registered account={}", organization.id());
        }
        return organization;
    }

    /** The organization's member specialist with weekday hours, joined through its specialist invitation once. */
    private static void addMember(BookingCore core, Account organization, TelegramUser user) {
        Account account = identify(core, user);
        if (!core.ports().accounts().isMember(organization.id(), account.id())) {
            String invitation = core.createSpecialistInvitation().create(organization.id())
                    .getOrElseThrow(refused -> new IllegalStateException("could not invite the sandbox member: " + refused))
                    .code().value();
            core.acceptInvitation().accept(account.id(), new AcceptInvitation.Command(invitation))
                    .getOrElseThrow(refused -> new IllegalStateException("could not make the sandbox member: " + refused));
            log.info("sandbox member joined account={} organization={}", account.id(), organization.id());
        }
        if (core.ports().schedules().of(account.id()).equals(Schedule.empty())) {
            setHours(core, account);
        }
    }

    private static void setHours(BookingCore core, Account specialist) {
        core.setSchedule().set(specialist.id(), Schedule.empty().withHours(WorkingHoursGrammar.parse(WORKING_HOURS).get()))
                .getOrElseThrow(refused -> new IllegalStateException("could not set the sandbox working hours: " + refused));
    }
}
