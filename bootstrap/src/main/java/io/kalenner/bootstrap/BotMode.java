package io.kalenner.bootstrap;

import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.adapter.telegram.TelegramBot;
import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.adapter.telegram.UpdateSource;
import io.kalenner.adapter.web.Operations;
import io.kalenner.adapter.web.WebhookEndpoint;
import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.application.port.Ports;
import io.vavr.control.Option;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The program with a bot token: the web server (documents, download links, health, readiness,
 * metrics and, in webhook mode, the webhook) on {@code KALENNER_HTTP_PORT} and the bot on Telegram,
 * on a database the caller opened and closes.
 */
public final class BotMode implements AutoCloseable {

    private final Web web;
    private final Kalenner kalenner;

    private BotMode(Web web, Kalenner kalenner) {
        this.web = web;
        this.kalenner = kalenner;
    }

    /**
     * Starts the web server, then the bot.
     *
     * @throws Web.CannotListen when the web server's port cannot be had
     * @throws Web.CannotOpenDocuments when a secret key is malformed
     */
    public static BotMode start(Configuration configuration, PostgresPersistence database, Clock clock) throws Exception {
        if (configuration.telegramToken().isEmpty()) {
            throw new IllegalArgumentException("the bot needs KALENNER_TELEGRAM_TOKEN; without it the program runs the sandbox");
        }
        Metrics metrics = new Metrics();
        Readiness readiness = new Readiness(database.dataSource());
        UpdateSource source = configuration.webhook()
                .<UpdateSource>map(webhook -> UpdateSource.webhook(webhook.url(), webhook.secret().orElseGet(WebhookSecrets::generate)))
                // several instances on one database: only the holder of the lease polls (docs/operations.md)
                .orElseGet(() -> UpdateSource.polling(database.pollingLease()));
        AtomicReference<TelegramBot> started = new AtomicReference<>();
        Option<WebhookEndpoint> endpoint = source instanceof UpdateSource.Webhook webhook
                ? Option.some(new WebhookEndpoint(webhook.url().getPath(), webhook.secret(), json -> receiver(started).receive(json)))
                : Option.none();
        Web web = Web.start(configuration, clock, new Operations(metrics::scrape, readiness, endpoint));
        try {
            Ports ports = database.ports(new RandomIdGenerator(), clock, web.documents(), web.links());
            metrics.watchOutboxes(ports);
            Kalenner kalenner = Kalenner.start(new TelegramSettings(configuration.telegramToken().get(), configuration.telegramApiUrl(), configuration.publicUrl()),
                    ports, configuration.supportOperators(), source, metrics);
            started.set(kalenner.bot());
            readiness.watch(kalenner.bot());
            web.serveDownloads(kalenner.core());
            web.serveProfiles(kalenner.core(), kalenner.bot().username());
            return new BotMode(web, kalenner);
        } catch (Exception | Error failed) {
            web.close();
            throw failed;
        }
    }

    /** The started bot; a webhook request before it started is answered 503, and Telegram sends it again. */
    private static TelegramBot receiver(AtomicReference<TelegramBot> started) {
        TelegramBot bot = started.get();
        if (bot == null) {
            throw new IllegalStateException("the bot has not started yet");
        }
        return bot;
    }

    public Web web() {
        return web;
    }

    public Kalenner kalenner() {
        return kalenner;
    }

    /** Stops the bot (no new links are made), then the web server; the database belongs to the caller. */
    @Override
    public void close() {
        kalenner.close();
        web.close();
    }
}
