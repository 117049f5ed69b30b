package io.kalenner.bootstrap;

import io.kalenner.adapter.persistence.PostgresPersistence;
import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.application.inmemory.RandomIdGenerator;
import java.time.Clock;

/**
 * The program with a bot token: the web server (documents, download links, health) on
 * {@code KALENNER_HTTP_PORT} and the bot on Telegram, on a database the caller opened and closes.
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
        Web web = Web.start(configuration, clock);
        try {
            Kalenner kalenner = Kalenner.start(new TelegramSettings(configuration.telegramToken().get(), configuration.telegramApiUrl(), configuration.publicUrl()),
                    database.ports(new RandomIdGenerator(), clock, web.documents(), web.links()), configuration.supportOperators());
            web.serveProfiles(kalenner.core(), kalenner.bot().username());
            return new BotMode(web, kalenner);
        } catch (Exception | Error failed) {
            web.close();
            throw failed;
        }
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
