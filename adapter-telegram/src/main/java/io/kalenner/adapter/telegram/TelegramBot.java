package io.kalenner.adapter.telegram;

import io.kalenner.adapter.telegram.chat.InvitationLinks;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.SendLimits;
import io.kalenner.adapter.telegram.booking.RequestAnswers;
import io.kalenner.adapter.telegram.documents.DownloadLinks;
import io.kalenner.adapter.telegram.documents.TelegramFiles;
import io.kalenner.adapter.telegram.notification.NotificationDelivery;
import io.kalenner.adapter.telegram.relay.MessageDelivery;
import io.kalenner.application.BookingCore;
import io.kalenner.domain.invitation.InvitationCode;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The running bot: long polling through telegrambots, updates handled on a few workers (one
 * chat's updates always in order, on the same worker), notification delivery, and the delivery of
 * relayed chat and support messages. It owns its
 * HTTP client and threads, so {@link #close()} leaves nothing running.
 */
public final class TelegramBot implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);
    private static final int WORKERS = 4;

    private final OkHttpClient http;
    private final ScheduledExecutorService pollExecutor;
    private final ExecutorService[] workers;
    private final TelegramBotsLongPollingApplication polling;
    private final NotificationDelivery delivery;
    private final MessageDelivery messages;
    private final InvitationLinks links;

    private TelegramBot(OkHttpClient http, ScheduledExecutorService pollExecutor, ExecutorService[] workers,
            TelegramBotsLongPollingApplication polling, NotificationDelivery delivery, MessageDelivery messages, InvitationLinks links) {
        this.http = http;
        this.pollExecutor = pollExecutor;
        this.workers = workers;
        this.polling = polling;
        this.delivery = delivery;
        this.messages = messages;
        this.links = links;
    }

    public static TelegramBot start(TelegramSettings settings, BookingCore core, Clock clock) throws TelegramApiException {
        return start(settings, core, clock, new SendLimits());
    }

    /**
     * As {@link #start(TelegramSettings, BookingCore, Clock)} with other send limits: only a load
     * measurement against the stand-in passes {@link SendLimits#liftedForMeasurement()}.
     */
    public static TelegramBot start(TelegramSettings settings, BookingCore core, Clock clock, SendLimits limits) throws TelegramApiException {
        OkHttpClient http = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        TelegramUrl url = new TelegramUrl(settings.apiUrl().getScheme(), settings.apiUrl().getHost(), portOf(settings), false);
        OkHttpTelegramClient client = new OkHttpTelegramClient(http, settings.token(), url);
        Outgoing outgoing = new Outgoing(client, limits);

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
        TelegramBotsLongPollingApplication polling = new TelegramBotsLongPollingApplication(
                com.fasterxml.jackson.databind.ObjectMapper::new, () -> http, () -> pollExecutor);
        TelegramBot bot = new TelegramBot(http, pollExecutor, workers, polling, delivery, messages, links);
        polling.registerBot(settings.token(), () -> url, new DefaultGetUpdatesGenerator(), bot.dispatcherTo(router));
        delivery.start();
        messages.start();
        log.info("telegram bot started username={} api={}", username, settings.apiUrl().getHost());
        return bot;
    }

    /** The bot's Telegram username, as {@code getMe} gave it. */
    public String username() {
        return links.botUsername();
    }

    /** The deep link that opens the bot with an invitation. */
    public String invitationLink(InvitationCode code) {
        return links.of(code);
    }

    private org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer dispatcherTo(UpdateRouter router) {
        return updates -> updates.forEach(update -> workerFor(update).execute(() -> {
            try {
                router.handle(update);
            } catch (RuntimeException fault) {
                log.error("update failed update_id={}", update.getUpdateId(), fault);
            }
        }));
    }

    private ExecutorService workerFor(Update update) {
        long chat = update.hasCallbackQuery() ? update.getCallbackQuery().getFrom().getId()
                : update.hasMessage() ? update.getMessage().getChatId() : update.getUpdateId();
        return workers[(int) Math.floorMod(chat, (long) WORKERS)];
    }

    @Override
    public void close() {
        try {
            polling.close();
        } catch (Exception fault) {
            log.warn("long polling did not close cleanly: {}", fault.toString());
        }
        // telegrambots' close() neither aborts a hanging long poll nor stops OkHttp's threads
        http.dispatcher().cancelAll();
        pollExecutor.shutdownNow();
        for (ExecutorService worker : workers) {
            worker.shutdown();
        }
        for (ExecutorService worker : workers) {
            awaitQuietly(worker);
        }
        delivery.close();
        messages.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        log.info("telegram bot stopped");
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
