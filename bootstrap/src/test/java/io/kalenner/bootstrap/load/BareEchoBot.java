package io.kalenner.bootstrap.load;

import io.kalenner.sandbox.botapi.BotApiServer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The yardstick: the smallest bot telegrambots 10 makes, long polling with its default consumer
 * and answering each text with one synchronous {@code sendMessage} on the polling thread. No
 * storage, no limits of its own.
 */
final class BareEchoBot implements AutoCloseable {

    private final OkHttpClient http;
    private final ScheduledExecutorService poller;
    private final TelegramBotsLongPollingApplication polling;
    private final OkHttpTelegramClient client;
    private final AtomicLong failures = new AtomicLong();

    private BareEchoBot(BotApiServer server) throws TelegramApiException {
        this.http = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "echo-bot-polling"));
        TelegramUrl url = new TelegramUrl("http", "127.0.0.1", server.port(), false);
        this.client = new OkHttpTelegramClient(http, server.token(), url);
        this.polling = new TelegramBotsLongPollingApplication(com.fasterxml.jackson.databind.ObjectMapper::new, () -> http, () -> poller);
        polling.registerBot(server.token(), () -> url, new DefaultGetUpdatesGenerator(), updates -> updates.forEach(this::echo));
    }

    static BareEchoBot start(BotApiServer server) throws TelegramApiException {
        return new BareEchoBot(server);
    }

    long failures() {
        return failures.get();
    }

    private void echo(Update update) {
        if (!update.hasMessage() || !update.getMessage().hasText()) {
            return;
        }
        try {
            client.execute(SendMessage.builder().chatId(update.getMessage().getChatId()).text(update.getMessage().getText()).build());
        } catch (TelegramApiException failed) {
            failures.incrementAndGet();
        }
    }

    /** telegrambots' close() neither aborts a held long poll nor stops OkHttp's threads: do both. */
    @Override
    public void close() throws Exception {
        polling.close();
        http.dispatcher().cancelAll();
        poller.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
