package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a test does as a user, and what it reads on the user's screen. */
class SimulatedUserTest {

    private final BotApiServer server = BotApiServer.start("123:users");
    private final RawBot bot = new RawBot(server);
    private final TelegramUser anna = server.newUser("Anna", "ru");

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void usersGetTheirOwnIdsAndLanguages() {
        TelegramUser boris = server.newUser("Boris", "en");

        assertThat(boris.id()).isNotEqualTo(anna.id());
        assertThat(boris.languageCode()).isEqualTo("en");
        assertThat(anna.firstName()).isEqualTo("Anna");
    }

    @Test
    void aStartCommandComesWithItsBotCommandEntity() {
        anna.sendText("/start invite-42");

        JsonNode message = bot.call("getUpdates", Map.of()).result().get(0).get("message");
        assertThat(message.get("text").asText()).isEqualTo("/start invite-42");
        assertThat(message.get("entities")).hasToString("[{\"offset\":0,\"length\":6,\"type\":\"bot_command\"}]");
        assertThat(message.at("/chat/id").asLong()).isEqualTo(anna.id());
        assertThat(message.at("/chat/type").asText()).isEqualTo("private");
    }

    @Test
    void pressingAButtonSendsItsCallbackDataWithTheMessage() {
        anna.sendText("hi");
        long messageId = sendWithButtons("Pick a day", List.of(button("Monday", "day:1"), button("Tuesday", "day:2")));
        bot.call("getUpdates", Map.of("offset", 2));

        anna.pressButton("Tuesday");

        JsonNode query = bot.call("getUpdates", Map.of()).result().get(0).get("callback_query");
        assertThat(query.get("data").asText()).isEqualTo("day:2");
        assertThat(query.at("/message/message_id").asLong()).isEqualTo(messageId);
        assertThat(query.at("/from/id").asLong()).isEqualTo(anna.id());
    }

    @Test
    void anExactLabelWinsOverAnEndingOneAndNewerMessagesOverOlderOnes() {
        anna.sendText("hi");
        sendWithButtons("old", List.of(button("Book", "old")));
        sendWithButtons("new", List.of(button("📅 Book", "emoji"), button("Book", "exact")));
        sendWithButtons("newest", List.of(button("✅ Confirm", "confirm")));
        bot.call("getUpdates", Map.of("offset", 2));

        anna.pressButton("Book");
        anna.pressButton("Confirm");

        JsonNode updates = bot.call("getUpdates", Map.of()).result();
        assertThat(updates.findValuesAsText("data")).containsExactly("exact", "confirm");
    }

    @Test
    void aUrlButtonGivesItsUrlAndSendsNothing() {
        anna.sendText("hi");
        sendWithButtons("Read the terms", List.of(Map.of("text", "Terms", "url", "https://kalenner.example/terms")));
        int pending = server.pendingUpdates();

        assertThat(anna.pressButton("Terms")).contains("https://kalenner.example/terms");
        assertThat(server.pendingUpdates()).isEqualTo(pending);
    }

    @Test
    void pressingAMissingButtonNamesTheButtonsOnScreen() {
        anna.sendText("hi");
        sendWithButtons("Pick", List.of(button("Monday", "day:1")));

        assertThatThrownBy(() -> anna.pressButton("Sunday"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("\"Sunday\"")
                .hasMessageContaining("[[Monday]]");
    }

    @Test
    void theReplyKeyboardInForceIsTheLastOneSentUntilRemoved() {
        anna.sendText("hi");
        bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", "Share your phone?",
                "reply_markup", Map.of("keyboard", List.of(List.of(Map.of("text", "Yes"), Map.of("text", "No"))), "one_time_keyboard", true)));

        assertThat(anna.replyKeyboardLabels()).containsExactly(List.of("Yes", "No"));
        anna.pressReplyButton("No");
        assertThat(anna.messages().get(anna.messages().size() - 1).text()).isEqualTo("No");
        assertThatThrownBy(() -> anna.pressReplyButton("Maybe")).isInstanceOf(AssertionError.class).hasMessageContaining("[[Yes, No]]");

        bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", "Thanks", "reply_markup", Map.of("remove_keyboard", true)));
        assertThat(anna.replyKeyboardLabels()).isEmpty();
        server.assertNoViolations();
    }

    @Test
    void awaitingSeesOnlyWhatTheBotDidAfterTheUsersLastAction() {
        anna.sendText("hi");
        send("before");
        anna.sendText("again");
        send("after 1");
        send("after 2");

        assertThat(anna.awaitBotMessage(message -> true).text()).isEqualTo("after 1");
        assertThat(anna.awaitBotMessage(message -> true).text()).isEqualTo("after 2");
        assertThatThrownBy(() -> anna.awaitBotMessage(message -> message.text().equals("before"), Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no matching bot message");
    }

    @Test
    void editsAndDeletionsShowInTheChat() {
        anna.sendText("hi");
        long first = send("Your slot: 10:00");
        long second = send("Reminder");

        bot.call("editMessageText", Map.of("chat_id", anna.id(), "message_id", first, "text", "Your slot: 11:00"));
        bot.call("deleteMessage", Map.of("chat_id", anna.id(), "message_id", second));

        ChatMessage edit = anna.awaitBotText("11:00");
        assertThat(edit.edited()).isTrue();
        assertThat(anna.messages()).extracting(ChatMessage::text, ChatMessage::edited, ChatMessage::deleted).containsExactly(
                tuple("hi", false, false),
                tuple("Your slot: 11:00", true, false),
                tuple("Reminder", false, true));
        assertThat(anna.lastBotMessage().text()).isEqualTo("Your slot: 11:00");
        server.assertNoViolations();
    }

    @Test
    void aPhotoTheUserSendsCanBeFetchedByTheBot() throws IOException {
        byte[] png = png(3, 2);

        anna.sendPhoto(png);

        JsonNode photo = bot.call("getUpdates", Map.of()).result().get(0).at("/message/photo/0");
        assertThat(photo.get("width").asInt()).isEqualTo(3);
        assertThat(photo.get("height").asInt()).isEqualTo(2);
        JsonNode file = bot.call("getFile", Map.of("file_id", photo.get("file_id").asText())).result();
        assertThat(bot.download(file.get("file_path").asText())).isEqualTo(png);
    }

    @Test
    void aPhotoThatIsNoImageCannotBeProcessed() {
        assertThatThrownBy(() -> anna.sendPhoto(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void htmlShowsAsPlainTextWithItsEntitiesDecoded() {
        anna.sendText("hi");

        bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", "<b>Anna</b> &amp; <i>Boris</i> &lt;3", "parse_mode", "HTML"));

        assertThat(anna.lastBotMessage().text()).isEqualTo("Anna & Boris <3");
        server.assertNoViolations();
    }

    private long send(String text) {
        return bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", text)).result().get("message_id").asLong();
    }

    private long sendWithButtons(String text, List<Map<String, String>> row) {
        return bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", text,
                "reply_markup", Map.of("inline_keyboard", List.of(row)))).result().get("message_id").asLong();
    }

    private static Map<String, String> button(String text, String data) {
        return Map.of("text", text, "callback_data", data);
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
