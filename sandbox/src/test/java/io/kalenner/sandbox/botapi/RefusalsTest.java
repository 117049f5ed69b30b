package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each call the real Telegram refuses is refused the same way, and recorded as a violation. */
class RefusalsTest {

    private final BotApiServer server = BotApiServer.start("123:refusals");
    private final RawBot bot = new RawBot(server);
    private final TelegramUser anna = server.newUser("Anna", "ru");

    RefusalsTest() {
        anna.sendText("hi");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anUnknownMethodIsNotFound() {
        RawBot.Reply reply = bot.call("sendTelepathy", Map.of("chat_id", anna.id()));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.body()).hasToString("{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
        assertRecorded("sendTelepathy", "404 Not Found");
    }

    @Test
    void aWrongTokenIsUnauthorized() {
        RawBot.Reply reply = new RawBot(server, "123:stolen").call("getMe", Map.of());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).hasToString("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
        assertThat(server.violations()).extracting(Violation::method).containsExactly("getMe");
    }

    @Test
    void aTextOfMoreThan4096CharactersIsTooLong() {
        RawBot.Reply reply = send("x".repeat(4097));

        assertRefused(reply, 400, "Bad Request: message is too long");
    }

    @Test
    void aTextOf4096CharactersIsFine() {
        RawBot.Reply reply = send("x".repeat(4096));

        assertThat(reply.status()).isEqualTo(200);
        server.assertNoViolations();
    }

    @Test
    void aBlankTextIsEmpty() {
        assertRefused(send("  \n "), 400, "Bad Request: message text is empty");
    }

    @Test
    void callbackDataOver64BytesIsInvalidEvenWhenItIsFewerCharacters() {
        String cyrillic33 = "я".repeat(33);

        RawBot.Reply reply = bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", "choose",
                "reply_markup", Map.of("inline_keyboard", List.of(List.of(Map.of("text", "Yes", "callback_data", cyrillic33))))));

        assertRefused(reply, 400, "Bad Request: BUTTON_DATA_INVALID");
    }

    @Test
    void callbackDataOf65AsciiBytesIsInvalid() {
        RawBot.Reply reply = bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", "choose",
                "reply_markup", Map.of("inline_keyboard", List.of(List.of(Map.of("text", "Yes", "callback_data", "d".repeat(65)))))));

        assertRefused(reply, 400, "Bad Request: BUTTON_DATA_INVALID");
    }

    @Test
    void anInlineButtonWithoutAnActionIsRefused() {
        RawBot.Reply reply = bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", "choose",
                "reply_markup", Map.of("inline_keyboard", List.of(List.of(Map.of("text", "Yes"))))));

        assertRefused(reply, 400, "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    }

    @Test
    void aMissingRequiredParameterIsEmpty() {
        assertRefused(bot.call("sendMessage", Map.of("text", "hello")), 400, "Bad Request: chat_id is empty");
    }

    @Test
    void aMissingTextIsAnEmptyMessageText() {
        assertRefused(bot.call("sendMessage", Map.of("chat_id", anna.id())), 400, "Bad Request: message text is empty");
    }

    @Test
    void aChatNoUserHasIsNotFound() {
        assertRefused(bot.call("sendMessage", Map.of("chat_id", 42, "text", "hello")), 400, "Bad Request: chat not found");
    }

    @Test
    void theBotCannotWriteFirstToAUserWhoNeverWroteToIt() {
        TelegramUser silent = server.newUser("Boris", "en");

        RawBot.Reply reply = bot.call("sendMessage", Map.of("chat_id", silent.id(), "text", "hello"));

        assertRefused(reply, 403, "Forbidden: bot can't initiate conversation with a user");
    }

    @Test
    void aCallbackAnswerOver200CharactersIsTooLong() {
        bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", "choose",
                "reply_markup", Map.of("inline_keyboard", List.of(List.of(Map.of("text", "Yes", "callback_data", "yes"))))));
        anna.pressButton("Yes");
        String queryId = bot.call("getUpdates", Map.of("allowed_updates", List.of("callback_query"))).result().get(0).at("/callback_query/id").asText();

        RawBot.Reply reply = bot.call("answerCallbackQuery", Map.of("callback_query_id", queryId, "text", "x".repeat(201)));

        assertRefused(reply, 400, "Bad Request: MESSAGE_TOO_LONG");
    }

    @Test
    void anUnknownCallbackQueryIsTooOldOrInvalid() {
        assertRefused(bot.call("answerCallbackQuery", Map.of("callback_query_id", "nope")), 400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid");
    }

    @Test
    void aCaptionOver1024CharactersIsTooLong() {
        anna.sendDocument("terms.pdf", "application/pdf", new byte[] {1, 2, 3});
        String fileId = anna.messages().get(1).attachment().orElseThrow().fileId();

        RawBot.Reply reply = bot.call("sendDocument", Map.of("chat_id", anna.id(), "document", fileId, "caption", "c".repeat(1025)));

        assertRefused(reply, 400, "Bad Request: message caption is too long");
    }

    @Test
    void brokenHtmlCannotBeParsed() {
        RawBot.Reply reply = bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", "<b>Анна", "parse_mode", "HTML"));

        assertRefused(reply, 400, "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
    }

    @Test
    void anEditThatChangesNothingIsNotModified() {
        long messageId = send("same").result().get("message_id").asLong();

        RawBot.Reply reply = bot.call("editMessageText", Map.of("chat_id", anna.id(), "message_id", messageId, "text", "same"));

        assertRefused(reply, 400, "Bad Request: message is not modified: specified new message content and reply markup"
                + " are exactly the same as a current content and reply markup of the message");
    }

    @Test
    void anUnknownParameterIsAcceptedButRecorded() {
        RawBot.Reply reply = bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", "hello", "colour", "red"));

        assertThat(reply.status()).isEqualTo(200);
        assertRecorded("sendMessage", "unknown parameter colour, which Telegram ignores");
    }

    @Test
    void aMethodTheSandboxDoesNotSimulateAnswersTrueButIsRecorded() {
        RawBot.Reply reply = bot.call("sendChatAction", Map.of("chat_id", anna.id(), "action", "typing"));

        assertThat(reply.body()).hasToString("{\"ok\":true,\"result\":true}");
        assertRecorded("sendChatAction", "not simulated: answered {\"ok\":true,\"result\":true}");
    }

    @Test
    void assertNoViolationsListsThem() {
        send("");

        assertThatThrownBy(server::assertNoViolations)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("sendMessage: 400 Bad Request: message text is empty");
    }

    private RawBot.Reply send(String text) {
        return bot.call("sendMessage", Map.of("chat_id", anna.id(), "text", text));
    }

    private void assertRefused(RawBot.Reply reply, int code, String description) {
        assertThat(reply.status()).isEqualTo(code);
        assertThat(reply.body().get("ok").asBoolean()).isFalse();
        assertThat(reply.body().get("error_code").asInt()).isEqualTo(code);
        assertThat(reply.description()).isEqualTo(description);
        assertThat(server.violations()).extracting(Violation::description).contains(code + " " + description);
    }

    private void assertRecorded(String method, String description) {
        assertThat(server.violations()).contains(new Violation(method, description));
    }
}
