package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox page's API and event stream, with the bot played by raw Bot API calls. */
class SandboxPageTest {

    private final BotApiServer server = BotApiServer.start("321:page");
    private final RawBot bot = new RawBot(server);
    private final PageClient page = new PageClient(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenTheStandIn_whenAPersonOpensIt_thenThePageIsServedWithAStrictContentPolicy() {
        PageClient.Answer html = page.get("");
        PageClient.Answer script = page.get("sandbox.js");

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.header("Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(html.text()).contains("<script src=\"sandbox.js\"");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.text().contains("new EventSource('api/events')")).as("the script listens to the events").isTrue();
        assertThat(script.text().contains("innerHTML") || script.text().contains("insertAdjacentHTML"))
                .as("the script never reads a text as HTML").isFalse();
        assertThat(server.pageUrl()).isEqualTo(server.baseUrl() + "/sandbox/");
    }

    @Test
    void givenTheStandIn_whenItsRootIsOpened_thenItLeadsToThePage() throws Exception {
        HttpResponse<Void> root = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/")).build(),
                HttpResponse.BodyHandlers.discarding());

        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).contains("/sandbox/");
    }

    @Test
    void givenThePage_whenAUserIsAdded_thenTheStateListsThemWithTheirLanguage() {
        JsonNode anna = page.addUser("Anna", "ru");

        JsonNode state = page.get("api/state").json();

        assertThat(state.at("/bot/username").asText()).isEqualTo("kalenner_sandbox_bot");
        assertThat(state.get("users")).singleElement().satisfies(user -> {
            assertThat(user.get("id").asLong()).isEqualTo(anna.get("id").asLong());
            assertThat(user.get("firstName").asText()).isEqualTo("Anna");
            assertThat(user.get("languageCode").asText()).isEqualTo("ru");
            assertThat(user.get("messages")).isEmpty();
        });
    }

    @Test
    void givenAUserOfThePage_whenTheSameNameIsAddedAgain_thenItIsTheSameUser() {
        long first = page.addUser("Anna", "ru").get("id").asLong();

        long again = page.addUser("Anna", "en").get("id").asLong();

        assertThat(again).isEqualTo(first);
        assertThat(page.get("api/state").json().get("users")).hasSize(1);
    }

    @Test
    void givenTwoRunsOfTheStandIn_whenTheSameNameIsAdded_thenItGetsTheSameId() {
        long firstRun = page.addUser("Boris", "en").get("id").asLong();

        try (BotApiServer secondRun = BotApiServer.start("321:page")) {
            assertThat(secondRun.userNamed("Boris", "en").id()).isEqualTo(firstRun);
            assertThat(secondRun.userNamed("Emma", "en").id()).isNotEqualTo(firstRun);
        }
    }

    @Test
    void givenBadInput_whenTheApiIsCalled_thenItRefusesWithTheReason() {
        long anna = page.addUser("Anna", "ru").get("id").asLong();

        assertThat(page.post("api/users", Map.of("firstName", " ", "languageCode", "ru")).status()).isEqualTo(400);
        assertThat(page.post("api/users", Map.of("firstName", "Emma", "languageCode", "de")).json().get("error").asText())
                .contains("languageCode");
        assertThat(page.sendText(anna, "").status()).isEqualTo(400);
        assertThat(page.sendText(999, "hi").status()).isEqualTo(404);
        assertThat(page.press(anna, 42, 0, 0).json().get("error").asText()).contains("no message 42");
    }

    @Test
    void givenAForeignPage_whenItPostsWithoutTheActionHeader_thenNothingHappens() throws Exception {
        long anna = page.addUser("Anna", "ru").get("id").asLong();

        HttpResponse<String> forged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.pageUrl() + "api/users/" + anna + "/messages"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"/start\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(server.pendingUpdates()).isZero();
    }

    @Test
    void givenAUserOfThePage_whenTheyTypeAStartCommand_thenTheBotGetsItAsACommand() {
        long anna = page.addUser("Anna", "ru").get("id").asLong();

        assertThat(page.sendText(anna, "/start invite-42").status()).isEqualTo(204);

        JsonNode message = bot.call("getUpdates", Map.of()).result().get(0).get("message");
        assertThat(message.get("text").asText()).isEqualTo("/start invite-42");
        assertThat(message.at("/from/id").asLong()).isEqualTo(anna);
        assertThat(message.at("/from/language_code").asText()).isEqualTo("ru");
        assertThat(message.at("/entities/0/type").asText()).isEqualTo("bot_command");
    }

    @Test
    void givenABotMessageWithButtons_whenTheUserPressesOneOnThePage_thenTheBotGetsItsCallbackAndAUrlButtonGivesItsUrl() {
        long anna = page.addUser("Anna", "ru").get("id").asLong();
        page.sendText(anna, "hi");
        long messageId = bot.call("sendMessage", Map.of("chat_id", anna, "text", "Pick a day", "reply_markup", Map.of("inline_keyboard", List.of(
                List.of(Map.of("text", "Monday", "callback_data", "day:1"), Map.of("text", "Tuesday", "callback_data", "day:2")),
                List.of(Map.of("text", "Terms", "url", "https://kalenner.example/terms"))))))
                .result().get("message_id").asLong();
        bot.call("getUpdates", Map.of("offset", 2));

        PageClient.Answer callback = page.press(anna, messageId, 0, 1);
        PageClient.Answer url = page.press(anna, messageId, 1, 0);

        assertThat(callback.json().get("url").isNull()).isTrue();
        assertThat(url.json().get("url").asText()).isEqualTo("https://kalenner.example/terms");
        JsonNode updates = bot.call("getUpdates", Map.of()).result();
        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.at("/callback_query/data").asText()).isEqualTo("day:2");
            assertThat(update.at("/callback_query/message/message_id").asLong()).isEqualTo(messageId);
        });
        server.assertNoViolations();
    }

    @Test
    void givenAnOpenPage_whenTheBotWrites_thenAMessageEventArrivesWithTheTextItsEntitiesAndButtons() {
        long anna = page.addUser("Anna", "ru").get("id").asLong();
        page.sendText(anna, "hi");

        try (PageClient.EventStream events = page.events()) {
            assertThat(events.contentType()).startsWith("text/event-stream");
            events.await("state", state -> state.get("users").size() == 1);
            bot.call("sendMessage", Map.of("chat_id", anna, "text", "<b>Anna</b>, pick <a href=\"https://kalenner.example\">a day</a>",
                    "parse_mode", "HTML", "reply_markup", Map.of("inline_keyboard", List.of(List.of(Map.of("text", "Monday", "callback_data", "day:1"))))));

            JsonNode change = events.await("message", data -> data.at("/message/fromBot").asBoolean()).data();

            assertThat(change.get("userId").asLong()).isEqualTo(anna);
            assertThat(change.at("/message/text").asText()).isEqualTo("Anna, pick a day");
            assertThat(change.at("/message/entities")).hasToString(
                    "[{\"offset\":0,\"length\":4,\"type\":\"bold\"},{\"offset\":11,\"length\":5,\"type\":\"text_link\",\"url\":\"https://kalenner.example\"}]");
            assertThat(change.at("/message/inlineKeyboard/0/0")).hasToString("{\"text\":\"Monday\",\"kind\":\"callback\"}");
        }
        server.assertNoViolations();
    }

    @Test
    void givenAnOpenPage_whenTheBotAnswersAPressAndChangesTheKeyboard_thenBothArriveAsEvents() {
        long anna = page.addUser("Anna", "ru").get("id").asLong();
        long messageId = botAsksWithAButton(anna);
        bot.call("getUpdates", Map.of("offset", 2));

        try (PageClient.EventStream events = page.events()) {
            events.await("state", state -> true);
            page.press(anna, messageId, 0, 0);
            String queryId = bot.call("getUpdates", Map.of()).result().get(0).at("/callback_query/id").asText();
            bot.call("answerCallbackQuery", Map.of("callback_query_id", queryId, "text", "This slot was just taken", "show_alert", true));
            bot.call("sendMessage", Map.of("chat_id", anna, "text", "Menu", "reply_markup",
                    Map.of("keyboard", List.of(List.of(Map.of("text", "Записи"), Map.of("text", "Настройки"))))));

            JsonNode answer = events.await("answer", data -> true).data();
            JsonNode keyboard = events.await("keyboard", data -> true).data();

            assertThat(answer.get("userId").asLong()).isEqualTo(anna);
            assertThat(answer.get("text").asText()).isEqualTo("This slot was just taken");
            assertThat(answer.get("showAlert").asBoolean()).isTrue();
            assertThat(keyboard.get("replyKeyboard")).hasToString("[[\"Записи\",\"Настройки\"]]");
        }
        server.assertNoViolations();
    }

    @Test
    void givenAnOpenPage_whenTheBotEditsAMessageThenDeletesIt_thenBothChangesArriveForTheSameMessage() {
        long anna = page.addUser("Anna", "ru").get("id").asLong();
        long messageId = botAsksWithAButton(anna);

        try (PageClient.EventStream events = page.events()) {
            events.await("state", state -> true);
            bot.call("editMessageText", Map.of("chat_id", anna, "message_id", messageId, "text", "Monday it is"));
            bot.call("deleteMessage", Map.of("chat_id", anna, "message_id", messageId));

            JsonNode edited = events.await("message", data -> data.at("/message/edited").asBoolean()).data().get("message");
            JsonNode deleted = events.await("message", data -> data.at("/message/deleted").asBoolean()).data().get("message");

            assertThat(edited.get("id").asLong()).isEqualTo(messageId);
            assertThat(edited.get("text").asText()).isEqualTo("Monday it is");
            assertThat(edited.get("inlineKeyboard")).as("an edit without reply_markup drops the keyboard").isEmpty();
            assertThat(deleted.get("id").asLong()).isEqualTo(messageId);
        }
        assertThat(page.get("api/state").json().at("/users/0/messages/1/deleted").asBoolean()).isTrue();
        server.assertNoViolations();
    }

    @Test
    void givenAnOpenPage_whenAnotherPageAddsAUser_thenAUserEventArrives() {
        try (PageClient.EventStream events = page.events()) {
            events.await("state", state -> state.get("users").isEmpty());

            page.addUser("Emma", "en");

            assertThat(events.await("user", user -> true).data().get("firstName").asText()).isEqualTo("Emma");
        }
    }

    @Test
    void givenAUserOfThePage_whenTheyUploadADocument_thenTheBotGetsItAndThePageOffersItForDownloadOnly() {
        long anna = page.addUser("Anna", "ru").get("id").asLong();
        byte[] html = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);

        assertThat(page.upload(anna, "document", "договор.html", "text/html", html).status()).isEqualTo(204);

        JsonNode document = bot.call("getUpdates", Map.of()).result().get(0).at("/message/document");
        assertThat(document.get("file_name").asText()).isEqualTo("договор.html");
        JsonNode shown = page.get("api/state").json().at("/users/0/messages/0/attachment");
        PageClient.Answer download = page.get(shown.get("url").asText().substring("/sandbox/".length()));
        assertThat(download.response().body()).isEqualTo(html);
        assertThat(download.header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").contains("%D0%B4");
    }

    @Test
    void givenAUserOfThePage_whenTheyUploadAPicture_thenTheBotGetsAPhotoAndANonImageIsRefused() throws IOException {
        long anna = page.addUser("Anna", "ru").get("id").asLong();

        PageClient.Answer photo = page.upload(anna, "photo", "me.png", "image/png", png());
        PageClient.Answer notAnImage = page.upload(anna, "photo", "me.png", "image/png", new byte[] {1, 2, 3});

        assertThat(photo.status()).isEqualTo(204);
        assertThat(notAnImage.status()).isEqualTo(400);
        assertThat(bot.call("getUpdates", Map.of()).result()).singleElement()
                .satisfies(update -> assertThat(update.at("/message/photo/0/width").asInt()).isEqualTo(4));
    }

    @Test
    void givenTheBotsCommandLists_whenAUserOpensTheMenu_thenTheyGetTheNarrowestListInTheirLanguage() {
        long anna = page.addUser("Anna", "ru").get("id").asLong();
        long emma = page.addUser("Emma", "en").get("id").asLong();
        page.sendText(emma, "hi");
        bot.call("setMyCommands", Map.of("commands", List.of(Map.of("command", "start", "description", "Main menu"))));
        bot.call("setMyCommands", Map.of("language_code", "ru", "commands", List.of(Map.of("command", "start", "description", "Главное меню"))));
        bot.call("setMyCommands", Map.of("scope", Map.of("chat_id", emma, "type", "chat"),
                "commands", List.of(Map.of("command", "help", "description", "Help"))));

        JsonNode annasMenu = page.get("api/users/" + anna + "/commands").json().get("commands");
        JsonNode emmasMenu = page.get("api/users/" + emma + "/commands").json().get("commands");

        assertThat(annasMenu).singleElement().satisfies(command -> {
            assertThat(command.get("command").asText()).isEqualTo("start");
            assertThat(command.get("description").asText()).isEqualTo("Главное меню");
        });
        assertThat(emmasMenu).singleElement().satisfies(command -> {
            assertThat(command.get("command").asText()).isEqualTo("help");
            assertThat(command.get("description").asText()).isEqualTo("Help");
        });
        assertThat(bot.call("getMyCommands", Map.of("scope", Map.of("type", "chat", "chat_id", emma))).result().get(0).get("command").asText())
                .isEqualTo("help");
        assertThat(page.get("api/users/999/commands").status()).isEqualTo(404);
        server.assertNoViolations();
    }

    /** The user writes first; the bot answers "Pick" with one callback button, Monday; gives the answer's message id. */
    private long botAsksWithAButton(long userId) {
        page.sendText(userId, "hi");
        return bot.call("sendMessage", Map.of("chat_id", userId, "text", "Pick", "reply_markup",
                Map.of("inline_keyboard", List.of(List.of(Map.of("text", "Monday", "callback_data", "day:1"))))))
                .result().get("message_id").asLong();
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
