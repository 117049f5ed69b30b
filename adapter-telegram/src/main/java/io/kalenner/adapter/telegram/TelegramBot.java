package io.kalenner.adapter.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kalenner.adapter.telegram.chat.InvitationLinks;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.SendLimits;
import io.kalenner.adapter.telegram.booking.RequestAnswers;
import io.kalenner.adapter.telegram.documents.DownloadLinks;
import io.kalenner.adapter.telegram.documents.TelegramFiles;
import io.kalenner.adapter.telegram.events.BotEvents;
import io.kalenner.adapter.telegram.events.BotEvents.UpdateKind;
import io.kalenner.adapter.telegram.notification.NotificationDelivery;
import io.kalenner.adapter.telegram.relay.MessageDelivery;
import io.kalenner.application.BookingCore;
import io.kalenner.application.port.PollingLease;
import io.kalenner.domain.invitation.InvitationCode;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The running bot: updates taken by long polling through telegrambots or from a webhook
 * ({@link UpdateSource}), handled on a few workers (one chat's updates always in order, on the
 * same worker), notification delivery, and the delivery of relayed chat and support messages. It
 * owns its HTTP client and threads, so {@link #close()} leaves nothing running.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final int WORKERS = 4;
    /** How often an instance without the polling lease tries to take it, and a holder checks it still holds it. */
    private static final Duration LEASE_CHECKS = Duration.ofSeconds(2);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OkHttpClient http;
    private final ScheduledExecutorService pollExecutor;
    private final ExecutorService[] workers;
    private final Option<TelegramBotsLongPollingApplication> polling;
    private final Option<PollingLease> lease;
    private final NotificationDelivery delivery;
    private final MessageDelivery messages;
    private final InvitationLinks links;
    private final UpdateRouter router;
    private final BotEvents events;
    private final AtomicBoolean webhookSet = new AtomicBoolean();
    private final ScheduledExecutorService leaseChecks = Executors.newSingleThreadScheduledExecutor(named("kalenner-polling-lease"));
    /**
     * The polling session while this instance holds the lease; changed only under {@code this}, read
     * without it, so a readiness probe never waits for a lease check's round trip to the database.
     */
    private volatile Option<BotSession> session = Option.none();
    private volatile boolean closed;

    private TelegramBot(OkHttpClient http, ScheduledExecutorService pollExecutor, ExecutorService[] workers,
            Option<TelegramBotsLongPollingApplication> polling, Option<PollingLease> lease, NotificationDelivery delivery,
            MessageDelivery messages, InvitationLinks links, UpdateRouter router, BotEvents events) {
        this.http = http;
        this.lease = lease;
        this.pollExecutor = pollExecutor;
        this.workers = workers;
        this.polling = polling;
        this.delivery = delivery;
        this.messages = messages;
        this.links = links;
        this.router = router;
        this.events = events;
    }

    /** Starts a long-polling bot that reports to nobody. */
    public static TelegramBot start(TelegramSettings settings, BookingCore core, Clock clock) throws TelegramApiException {
        return start(settings, core, clock, UpdateSource.polling(), BotEvents.NONE, new SendLimits());
    }

    /**
     * As {@link #start(TelegramSettings, BookingCore, Clock)} with other send limits: only a load
     * measurement against the stand-in passes {@link SendLimits#liftedForMeasurement()}.
     */
    public static TelegramBot start(TelegramSettings settings, BookingCore core, Clock clock, SendLimits limits) throws TelegramApiException {
        return start(settings, core, clock, UpdateSource.polling(), BotEvents.NONE, limits);
    }

    /**
     * Starts the bot taking updates from {@code source}: for a webhook it calls {@code setWebhook}
     * with the URL and the secret, and updates then come through {@link #receive}.
     */
    public static TelegramBot start(TelegramSettings settings, BookingCore core, Clock clock, UpdateSource source, BotEvents events)
            throws TelegramApiException {
        return start(settings, core, clock, source, events, new SendLimits());
    }

    private static TelegramBot start(TelegramSettings settings, BookingCore core, Clock clock, UpdateSource source, BotEvents events,
            SendLimits limits) throws TelegramApiException {
        OkHttpClient http = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        TelegramUrl url = new TelegramUrl(settings.apiUrl().getScheme(), settings.apiUrl().getHost(), portOf(settings), false);
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, settings.token(), url);
        Outgoing outgoing = new Outgoing(client, limits, events);

        String username = client.execute(new GetMe()).getUserName();
        client.execute(SetMyCommands.builder().commands(List.of(new BotCommand("start", "Main menu / Главное меню"))).build());

        RequestAnswers requestAnswers = new RequestAnswers(core, outgoing);
        NotificationDelivery delivery = new NotificationDelivery(core, outgoing, requestAnswers, clock);
        MessageDelivery messages = new MessageDelivery(core, outgoing, clock);
        InvitationLinks links = new InvitationLinks(username);
        UpdateRouter router = new UpdateRouter(core, outgoing, clock, delivery, requestAnswers, links,
                TelegramFiles.of(outgoing, http, settings.apiUrl(), settings.token()), new DownloadLinks(settings.publicUrl()), messages);

        ExecutorService[] workers = new ExecutorService[WORKERS];
        for (int i = 0; i < WORKERS; i++) {
            workers[i] = Executors.newSingleThreadExecutor(named("kalenner-updates-" + i));
        }
        ScheduledExecutorService pollExecutor = Executors.newSingleThreadScheduledExecutor(named("kalenner-polling"));
        Option<TelegramBotsLongPollingApplication> polling = source instanceof UpdateSource.Polling
                ? Option.some(new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> pollExecutor))
                : Option.none();
        Option<PollingLease> lease = source instanceof UpdateSource.Polling polled ? Option.some(polled.lease()) : Option.none();
        TelegramBot bot = new TelegramBot(http, pollExecutor, workers, polling, lease, delivery, messages, links, router, events);
        delivery.start();
        messages.start();
        try {
            if (source instanceof UpdateSource.Webhook webhook) {
                client.execute(SetWebhook.builder().url(webhook.url().toString()).secretToken(webhook.secret()).build());
                bot.webhookSet.set(true);
                log.info("telegram webhook set url={}", webhook.url());
            } else {
                Poll poll = () -> polling.get().registerBot(settings.token(), () -> url, new DefaultGetUpdatesGenerator(), bot::takePolled);
                bot.followLease(poll, settings.token());
                bot.leaseChecks.scheduleWithFixedDelay(() -> bot.followLeaseQuietly(poll, settings.token()),
                        LEASE_CHECKS.toMillis(), LEASE_CHECKS.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (TelegramApiException | RuntimeException failed) {
            bot.close();
            throw failed;
        }
        log.info("telegram bot started username={} api={} updates={}", username, settings.apiUrl().getHost(),
                polling.isEmpty() ? "webhook" : bot.isStandingBy() ? "standby" : "polling");
        return bot;
    }

    /** Starts a polling session with telegrambots. */
    private interface Poll {
        BotSession start() throws TelegramApiException;
    }

    /**
     * Polls exactly while the lease is held: takes it and starts polling when it is free, stops
     * polling when it was lost. A session that cannot start gives the lease back for another.
     */
    private synchronized void followLease(Poll poll, String token) throws TelegramApiException {
        if (closed) {
            return;
        }
        PollingLease held = lease.get();
        if (session.isEmpty() && held.tryAcquire()) {
            try {
                session = Option.some(poll.start());
            } catch (TelegramApiException | RuntimeException failed) {
                held.release();
                throw failed;
            }
            log.info("polling leadership taken");
        } else if (session.isDefined() && !held.isHeld()) {
            stopPolling(token);
            log.warn("polling leadership lost");
        }
    }

    private void followLeaseQuietly(Poll poll, String token) {
        try {
            followLease(poll, token);
        } catch (TelegramApiException | RuntimeException fault) {
            log.warn("polling did not start, trying again: {}", fault.toString());
        }
    }

    /** Ends the polling session; a long poll under way still returns, and its updates are deduplicated. */
    private synchronized void stopPolling(String token) {
        session = Option.none();
        try {
            polling.get().unregisterBot(token);
        } catch (TelegramApiException notRegistered) {
            log.warn("polling did not stop cleanly: {}", notRegistered.toString());
        }
    }

    /**
     * Whether the bot takes updates: its long polling runs (it holds the polling lease), or its
     * webhook was set. Until then, and once closed, it takes none.
     */
    public boolean isTakingUpdates() {
        return polling.isDefined() ? session.exists(BotSession::isRunning) : webhookSet.get();
    }

    /**
     * Whether the bot waits for the polling lease another instance holds: it takes no updates, but
     * delivers notifications and messages, and polls as soon as the lease is free.
     */
    public boolean isStandingBy() {
        return polling.isDefined() && !closed && session.isEmpty();
    }

    /**
     * Takes one update a webhook request carried, as JSON, and hands it to its chat's worker: it is
     * handled after this returns. Updates are deduplicated as when polling.
     *
     * @throws IllegalArgumentException when {@code json} is no update
     * @throws IllegalStateException once the bot stopped
     */
    public void receive(String json) {
        if (!webhookSet.get()) {
            throw new IllegalStateException("the bot takes no updates from a webhook");
        }
        Update update;
        try {
            update = JSON.readValue(json, Update.class);
        } catch (JsonProcessingException notAnUpdate) {
            throw new IllegalArgumentException("not a Telegram update", notAnUpdate);
        }
        if (update == null || update.getUpdateId() == null) {
            throw new IllegalArgumentException("not a Telegram update");
        }
        try {
            dispatch(java.util.List.of(update));
        } catch (RejectedExecutionException stopping) {
            throw new IllegalStateException("the bot is stopping", stopping);
        }
    }

    /** The bot's Telegram username, as {@code getMe} gave it. */
    public String username() {
        return links.botUsername();
    }

    /** The deep link that opens the bot with an invitation. */
    public String invitationLink(InvitationCode code) {
        return links.of(code);
    }

    /** Updates a long poll returned; once closing, they are left unconfirmed, so Telegram gives them to the next poller. */
    private void takePolled(List<Update> updates) {
        if (closed) {
            log.info("updates left to the next poller, the bot is stopping count={}", updates.size());
            return;
        }
        // telegrambots counts them as taken whatever happens here: lost ones are said so
        try {
            dispatch(updates);
        } catch (RejectedExecutionException stopping) {
            log.warn("updates lost, the bot stopped while taking them: some or all of count={} first_update_id={}", updates.size(),
                    updates.get(0).getUpdateId());
        } catch (RuntimeException noReceipts) {
            log.error("updates lost, their receipts could not be recorded count={} first_update_id={}", updates.size(),
                    updates.get(0).getUpdateId(), noReceipts);
        }
    }

    private void dispatch(List<Update> updates) {
        List<Update> first = router.firstReceived(updates);
        if (first.size() < updates.size()) {
            events.updatesRepeated(updates.size() - first.size());
        }
        first.forEach(update -> workerFor(update).execute(() -> {
            long started = System.nanoTime();
            try {
                router.handle(update);
            } catch (RuntimeException fault) {
                log.error("update failed update_id={}", update.getUpdateId(), fault);
            }
            events.updateHandled(kindOf(update), Duration.ofNanos(System.nanoTime() - started));
        }));
    }

    private static UpdateKind kindOf(Update update) {
        return update.hasCallbackQuery() ? UpdateKind.CALLBACK_QUERY : update.hasMessage() ? UpdateKind.MESSAGE : UpdateKind.OTHER;
    }

    private ExecutorService workerFor(Update update) {
        long chat = update.hasCallbackQuery() ? update.getCallbackQuery().getFrom().getId()
                : update.hasMessage() ? update.getMessage().getChatId() : update.getUpdateId();
        return workers[(int) Math.floorMod(chat, (long) WORKERS)];
    }

    @Override
    public void close() {
        // a webhook stays set: other instances may be taking updates from it (docs/operations.md)
        webhookSet.set(false);
        leaseChecks.shutdownNow();
        awaitQuietly(leaseChecks);
        synchronized (this) {
            closed = true;
            session = Option.none();
        }
        polling.forEach(TelegramBot::closeQuietly);
        // handed over at once: a standing-by instance polls within its next check
        lease.forEach(PollingLease::release);
        // updates under way finish with their calls answered: a call cut off after Telegram took it
        // would be sent again by Outgoing's retry, and the user would get that message twice
        for (ExecutorService worker : workers) {
            worker.shutdown();
        }
        for (ExecutorService worker : workers) {
            awaitQuietly(worker);
        }
        delivery.close();
        messages.close();
        // telegrambots' close() neither aborts a hanging long poll nor stops OkHttp's threads
        http.dispatcher().cancelAll();
        pollExecutor.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        log.info("telegram bot stopped");
    }

    private static void closeQuietly(TelegramBotsLongPollingApplication polling) {
        try {
            polling.close();
        } catch (Exception fault) {
            log.warn("long polling did not close cleanly: {}", fault.toString());
        }
    }

    private static void awaitQuietly(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static int portOf(TelegramSettings settings) {
        int port = settings.apiUrl().getPort();
        return port > 0 ? port : settings.apiUrl().getScheme().equals("https") ? 443 : 80;
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
