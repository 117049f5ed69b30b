package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The wire format matches what the real telegrambots 10.2.0 client sends and expects. */
class TelegrambotsRoundTripTest {

    /**
     * The threads the server and the bot start. OkHttp's "OkHttp TaskRunner" and "Okio Watchdog"
     * are not among them: they are daemons shared by every client in the JVM and end after a
     * minute idle, whatever a client does.
     */
    private static final List<String> THREADS_OF_THE_TEST = List.of(
            "botapi-", "HTTP-Dispatcher", "idle-timeout-task", "echo-bot-polling", "OkHttp Dispatcher", "OkHttp http");

    private final BotApiServer server = BotApiServer.start("123456:round-trip");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anEchoBotOnTheRealClientTalksWithASimulatedUser() throws Exception {
        TelegramUser anna = server.newUser("Anna", "ru");
        try (EchoBot bot = EchoBot.start(server)) {
            anna.sendText("/start hello");
            ChatMessage echo = anna.awaitBotText("echo: /start hello");
            assertThat(echo.inlineButtonLabels()).containsExactly(List.of("🔁 Again", "Site"));
            assertThat(echo.urlButtons()).containsEntry("Site", "https://kalenner.example/help");

            assertThat(anna.pressButton("Again")).isEmpty();
            assertThat(anna.awaitCallbackAnswer()).isEqualTo(new CallbackAnswer("once more", true));
            ChatMessage edited = anna.awaitBotMessage(ChatMessage::edited);
            assertThat(edited.text()).isEqualTo("echoed again");
            assertThat(edited.inlineKeyboard()).isEmpty();
            ChatMessage report = anna.awaitBotMessage(message -> message.attachment().isPresent());
            assertThat(report.text()).isEqualTo("your report");
            assertThat(report.attachment()).get().extracting(Attachment::fileName, Attachment::mimeType)
                    .containsExactly("report.pdf", "application/pdf");

            File file = bot.client().execute(new GetFile(report.attachment().orElseThrow().fileId()));
            assertThat(bot.download(file)).isEqualTo(EchoBot.REPORT);

            anna.sendDocument("notes.txt", "text/plain", "twelve bytes".getBytes(StandardCharsets.UTF_8));
            assertThat(anna.awaitBotText("got ").text()).isEqualTo("got 12 bytes");
            assertThat(bot.failures()).isEmpty();
        }
        server.assertNoViolations();
    }

    @Test
    void theClientReadsTheBotAndItsCommands() throws Exception {
        try (EchoBot bot = EchoBot.start(server)) {
            User me = bot.client().execute(new GetMe());
            bot.client().execute(SetMyCommands.builder().commands(List.of(new BotCommand("start", "Main menu / Главное меню"))).build());

            assertThat(me.getIsBot()).isTrue();
            assertThat(me.getId()).isEqualTo(123456L);
            assertThat(me.getUserName()).isEqualTo("kalenner_sandbox_bot");
            assertThat(bot.client().execute(new GetMyCommands())).extracting(BotCommand::getCommand).containsExactly("start");
        }
        server.assertNoViolations();
    }

    @Test
    void theBotAndTheServerLeaveNoThreadsBehind() throws Exception {
        try (EchoBot bot = EchoBot.start(server)) {
            await().until(() -> server.heldPolls() == 1);
            assertThat(bot.failures()).isEmpty();
            assertThat(threadsOfThisTest()).contains("echo-bot-polling", "HTTP-Dispatcher").anyMatch(name -> name.startsWith("botapi-"));
        }
        server.close();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(threadsOfThisTest()).isEmpty());
    }

    private static List<String> threadsOfThisTest() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> THREADS_OF_THE_TEST.stream().anyMatch(name::startsWith))
                .toList();
    }

}
