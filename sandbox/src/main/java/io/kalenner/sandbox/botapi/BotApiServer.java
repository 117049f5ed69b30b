package io.kalenner.sandbox.botapi;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local stand-in for the Telegram Bot API on 127.0.0.1, for one bot token. Point a bot at
 * {@link #baseUrl()}, play users with {@link #newUser}, and end each test with
 * {@link #assertNoViolations()}: every call is checked against the Bot API 10.1 spec and
 * Telegram's limits, refused the way Telegram refuses it, and recorded when something is wrong.
 * Closing it ends held long polls and stops every thread it started.
 *
 * <p>It also serves the sandbox page at {@link #pageUrl()}, where a person plays several users
 * side by side.
 */
public final class BotApiServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BotApiServer.class);
    /** 2025-01-01T00:00:00Z. */
    private static final long UPDATE_ID_EPOCH_MILLIS = 1_735_689_600_000L;

    private final String token;
    private final HttpServer http;
    private final int port;
    private final ExecutorService workers;
    private final UpdateQueue updates;
    private final Chats chats;
    private final FileStore files;
    private final Realism realism;
    private final Violations violations;
    private final PageEvents pageEvents;
    private final WebhookPusher webhookPusher;
    private final AtomicBoolean closed = new AtomicBoolean();

    private BotApiServer(String token, int port, boolean acrossRuns, PageClock pageClock) throws IOException {
        this.token = token;
        BotIdentity bot = BotIdentity.of(token);
        BotApiSpec spec = BotApiSpec.load();
        this.updates = acrossRuns ? new UpdateQueue(BotApiServer::updateIdFromTheClock) : new UpdateQueue();
        this.pageEvents = new PageEvents();
        this.chats = new Chats(bot, updates, pageClock.clock(), pageEvents, acrossRuns);
        this.files = new FileStore();
        RateLimits rateLimits = new RateLimits();
        this.realism = new Realism(rateLimits);
        this.violations = new Violations();
        BotCommands commands = new BotCommands();
        BotApiCalls calls = new BotApiCalls(spec, chats, rateLimits, violations, List.of(
                new BotMethods(bot, commands).handlers(),
                new UpdateMethods(updates).handlers(),
                new MessageMethods(chats, files).handlers()));
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        // a held long poll occupies a thread for its whole timeout, so the pool grows as needed
        this.workers = Executors.newCachedThreadPool(daemonThreads());
        http.setExecutor(workers);
        http.createContext("/", new BotApiHttpHandler(token, new CallDecoder(spec), calls, files, violations, realism::latency));
        http.createContext("/sandbox", new PageHandler(bot, chats, files, commands, realism, pageEvents, pageClock));
        http.start();
        this.port = http.getAddress().getPort();
        this.webhookPusher = WebhookPusher.start(updates);
    }

    /** Starts on a free port. */
    public static BotApiServer start(String token) {
        return start(token, 0);
    }

    public static BotApiServer start(String token, int port) {
        return start(token, port, false);
    }

    /**
     * For a person trying a real program whose database outlives this stand-in: update ids follow
     * the clock, so a bot that remembers the update ids it handled never takes a new update for
     * one it saw in an earlier run; and users known by name ({@link #userNamed}, the page) keep
     * their ids from run to run and count as having written to the bot before.
     */
    public static BotApiServer startAcrossRuns(String token, int port) {
        return start(token, port, true, new PageClock(Clock.systemUTC(), Optional.empty()));
    }

    /**
     * As {@link #startAcrossRuns(String, int)}, for a program whose time the page may move
     * forward: messages are dated by {@code clock}, the page shows its time, and its buttons
     * (and {@code POST /sandbox/api/clock}) call {@code advance} with a positive step of at most
     * a year. The program owns the clock: this server only shows it and passes the steps on.
     */
    public static BotApiServer startAcrossRuns(String token, int port, Clock clock, Consumer<Duration> advance) {
        return start(token, port, true, new PageClock(clock, Optional.of(advance)));
    }

    private static BotApiServer start(String token, int port, boolean acrossRuns) {
        return start(token, port, acrossRuns, new PageClock(Clock.systemUTC(), Optional.empty()));
    }

    private static BotApiServer start(String token, int port, boolean acrossRuns, PageClock pageClock) {
        try {
            BotApiServer server = new BotApiServer(token, port, acrossRuns, pageClock);
            log.info("bot api stand-in started port={}", server.port());
            return server;
        } catch (IOException cannotListen) {
            throw new UncheckedIOException("cannot start the bot api stand-in on port " + port, cannotListen);
        }
    }

    /** {@code http://127.0.0.1:<port>}; calls go to {@code <baseUrl>/bot<token>/<method>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The sandbox page: every simulated user's chat side by side, live. */
    public String pageUrl() {
        return baseUrl() + "/sandbox/";
    }

    public int port() {
        return port;
    }

    public String token() {
        return token;
    }

    /** A new Telegram user with a private chat with the bot; the bot can write to them once they wrote first. */
    public TelegramUser newUser(String firstName, String languageCode) {
        return new TelegramUser(chats.open(firstName, languageCode), files);
    }

    /**
     * The user with this first name: the one made already in this run, or a new one whose id
     * follows from the name, the same in every run. The page adds its users this way.
     */
    public TelegramUser userNamed(String firstName, String languageCode) {
        return new TelegramUser(chats.openNamed(firstName, languageCode), files);
    }

    /** Updates queued and not yet confirmed by a getUpdates with a higher offset. */
    public int pendingUpdates() {
        return updates.pendingCount();
    }

    /** The webhook the bot set, empty when it takes updates by long polling. */
    public String webhookUrl() {
        return updates.webhookUrl();
    }

    /** Long polls the server is holding: lets a test wait until the bot is listening. */
    public int heldPolls() {
        return updates.heldPolls();
    }

    public List<Violation> violations() {
        return violations.all();
    }

    /** Forgets the violations so far, for a test that provoked some on purpose. */
    public void clearViolations() {
        violations.clear();
    }

    public void assertNoViolations() {
        assertNoViolationsButPollsLeftBy(0);
    }

    /**
     * As {@link #assertNoViolations()}, but allows up to {@code stoppedBots} long polls that a
     * stopped or killed bot left held and a later bot's poll ended with 409. Telegram notices that
     * such a poll's client hung up; this stand-in cannot (its HTTP server does not watch a
     * connection while it holds a request), so it answers the poll, to nobody. More such polls than
     * bots stopped mean two live bots polled at once, and then every one counts.
     */
    public void assertNoViolationsButPollsLeftBy(int stoppedBots) {
        List<Violation> all = violations.all();
        long endedPolls = all.stream().filter(UpdateQueue::endedByANewerPoll).count();
        List<Violation> counted = endedPolls <= stoppedBots
                ? all.stream().filter(violation -> !UpdateQueue.endedByANewerPoll(violation)).toList()
                : all;
        if (!counted.isEmpty()) {
            throw new AssertionError(counted.size() + " Bot API violation(s):\n  "
                    + counted.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** Turns Telegram's flood limits on or off (off at start): ~30 sends a second overall, 1 a second per chat. */
    public BotApiServer rateLimits(boolean on) {
        realism.rateLimits(on);
        return this;
    }

    /**
     * Delays every call by this much, like the round trip to Telegram's servers: half before the
     * call takes effect, half before its answer.
     */
    public BotApiServer latency(Duration delay) {
        realism.latency(delay);
        return this;
    }

    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        updates.close();
        webhookPusher.close();
        pageEvents.close();
        http.stop(0);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        log.info("bot api stand-in stopped port={}", port);
    }

    /**
     * Four ids a second since 2025 (a person makes fewer updates than that), in Telegram's 32-bit
     * update_id range until 2042. Always the real time, never the program's movable clock: ids
     * must grow from run to run, whatever the program's time did.
     */
    private static long updateIdFromTheClock() {
        return (System.currentTimeMillis() - UPDATE_ID_EPOCH_MILLIS) / 250;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "botapi-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
