package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every way Telegram takes a call's parameters: JSON (elsewhere), urlencoded, the query string, multipart. */
class WireFormatsTest {

    private static final String KEYBOARD = "{\"inline_keyboard\":[[{\"text\":\"Go\",\"callback_data\":\"go\"}]]}";

    private final BotApiServer server = BotApiServer.start("123:wire");
    private final RawBot bot = new RawBot(server);
    private final TelegramUser anna = server.newUser("Anna", "ru");

    WireFormatsTest() {
        anna.sendText("hi");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFormEncodedCallCarriesItsKeyboardAsJsonText() {
        RawBot.Reply reply = bot.callForm("sendmessage", "chat_id=" + anna.id() + "&text=Pick&reply_markup=" + encoded(KEYBOARD));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(anna.lastBotMessage().inlineButtonLabels()).containsExactly(List.of("Go"));
        server.assertNoViolations();
    }

    @Test
    void aGetCarriesItsParametersInTheQueryString() {
        RawBot.Reply reply = bot.callGet("SENDMESSAGE", "chat_id=" + anna.id() + "&text=" + encoded("Привет & пока"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().get("text").asText()).isEqualTo("Привет & пока");
        server.assertNoViolations();
    }

    @Test
    void aMultipartUploadIsStoredAsAFileTelegramNamesByItsExtension() {
        byte[] pdf = "%PDF-1.4 terms".getBytes(StandardCharsets.UTF_8);
        Multipart body = new Multipart()
                .field("chat_id", String.valueOf(anna.id()))
                .field("caption", "Our terms")
                .field("reply_markup", KEYBOARD)
                .file("document", "terms.pdf", pdf);

        RawBot.Reply reply = bot.callMultipart("senddocument", Multipart.BOUNDARY, body.bytes());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.result().at("/document/mime_type").asText()).isEqualTo("application/pdf");
        ChatMessage sent = anna.lastBotMessage();
        assertThat(sent.text()).isEqualTo("Our terms");
        assertThat(sent.inlineButtonLabels()).containsExactly(List.of("Go"));
        String filePath = bot.call("getFile", Map.of("file_id", sent.attachment().orElseThrow().fileId())).result().get("file_path").asText();
        assertThat(bot.download(filePath)).isEqualTo(pdf);
        server.assertNoViolations();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
