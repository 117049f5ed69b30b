package io.kalenner.sandbox.botapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * A small bot on the real telegrambots 10 client and long polling, wired as the product's bot is:
 * it echoes texts under an inline keyboard, answers the "again" button with an edit and a
 * document, and tells the size of documents users send. It owns its HTTP client and poll thread,
 * so {@link #close()} leaves nothing running.
 */
final class EchoBot implements AutoCloseable {

    static final byte[] REPORT = "%PDF-1.4 a report from the sandbox".getBytes(StandardCharsets.UTF_8);

    private final BotApiServer server;
    private final OkHttpClient http;
    private final ScheduledExecutorService poller;
    private final TelegramBotsLongPollingApplication polling;
    private final OkHttpTelegramClient client;
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    private EchoBot(BotApiServer server) throws TelegramApiException {
        this.server = server;
        // telegrambots' default client waits long enough for a 50 s long poll; OkHttp's own default does not
        this.http = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        this.poller = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "echo-bot-polling"));
        TelegramUrl url = new TelegramUrl("http", "127.0.0.1", server.port(), false);
        this.client = new OkHttpTelegramClient(http, server.token(), url);
        this.polling = new TelegramBotsLongPollingApplication(com.fasterxml.jackson.databind.ObjectMapper::new, () -> http, () -> poller);
        polling.registerBot(server.token(), () -> url, new DefaultGetUpdatesGenerator(), updates -> updates.forEach(this::handleSafely));
    }

    static EchoBot start(BotApiServer server) throws TelegramApiException {
        return new EchoBot(server);
    }

    OkHttpTelegramClient client() {
        return client;
    }

    /** What went wrong inside the bot, which the test thread would not see otherwise. */
    List<Throwable> failures() {
        return List.copyOf(failures);
    }

    /**
     * The bytes behind a {@code getFile} answer. telegrambots' own downloadFile always goes to
     * api.telegram.org, whatever TelegramUrl says, so a bot under test downloads by the base URL.
     */
    byte[] download(File file) throws IOException {
        Request request = new Request.Builder().url(server.baseUrl() + "/file/bot" + server.token() + "/" + file.getFilePath()).build();
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                throw new IOException("download answered " + response.code());
            }
            return response.body().bytes();
        }
    }

    private void handleSafely(Update update) {
        try {
            handle(update);
        } catch (TelegramApiException | IOException | RuntimeException failure) {
            failures.add(failure);
        }
    }

    private void handle(Update update) throws TelegramApiException, IOException {
        if (update.hasCallbackQuery()) {
            pressed(update.getCallbackQuery());
        } else if (update.hasMessage() && update.getMessage().hasDocument()) {
            Message message = update.getMessage();
            byte[] bytes = download(client.execute(new GetFile(message.getDocument().getFileId())));
            client.execute(SendMessage.builder().chatId(message.getChatId()).text("got " + bytes.length + " bytes").build());
        } else if (update.hasMessage() && update.getMessage().hasText()) {
            Message message = update.getMessage();
            client.execute(SendMessage.builder().chatId(message.getChatId()).text("echo: " + message.getText())
                    .replyMarkup(InlineKeyboardMarkup.builder()
                            .keyboardRow(new InlineKeyboardRow(
                                    InlineKeyboardButton.builder().text("🔁 Again").callbackData("again").build(),
                                    InlineKeyboardButton.builder().text("Site").url("https://kalenner.example/help").build()))
                            .build())
                    .build());
        }
    }

    private void pressed(CallbackQuery query) throws TelegramApiException {
        client.execute(AnswerCallbackQuery.builder().callbackQueryId(query.getId()).text("once more").showAlert(true).build());
        client.execute(EditMessageText.builder().chatId(query.getMessage().getChatId()).messageId(query.getMessage().getMessageId())
                .text("echoed again").build());
        client.execute(SendDocument.builder().chatId(query.getMessage().getChatId())
                .document(new InputFile(new ByteArrayInputStream(REPORT), "report.pdf")).caption("your report").build());
    }

    /** telegrambots' close() neither aborts a held long poll nor stops OkHttp's threads: do both. */
    @Override
    public void close() {
        try {
            polling.close();
        } catch (Exception unclean) {
            failures.add(unclean);
        }
        http.dispatcher().cancelAll();
        poller.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
