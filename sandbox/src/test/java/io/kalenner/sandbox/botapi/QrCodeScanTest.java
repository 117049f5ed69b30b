package io.kalenner.sandbox.botapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A user of the page points their phone at a picture in a chat: the stand-in reads its QR code as Telegram's scanner would. */
class QrCodeScanTest {

    private static final String INVITATION = "https://t.me/kalenner_sandbox_bot?start=inv_7Hq-2x";

    private final BotApiServer server = BotApiServer.start("321:scan");
    private final RawBot bot = new RawBot(server);
    private final PageClient page = new PageClient(server);
    private final long anna = page.addUser("Anna", "ru").get("id").asLong();
    private final long boris = page.addUser("Boris", "ru").get("id").asLong();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void givenTheBotsPhotoOfAnInvitationQrCode_whenAnotherUserScansIt_thenTheBotGetsStartWithThePayloadFromThatUser() throws Exception {
        String picture = botSendsPhoto(qrCode(INVITATION));

        PageClient.Answer scan = page.post("api/users/" + boris + "/scans", Map.of("fileId", picture));

        assertThat(scan.status()).isEqualTo(200);
        assertThat(scan.json().get("opened").asBoolean()).isTrue();
        assertThat(scan.json().get("text").asText()).isEqualTo(INVITATION);
        JsonNode updates = bot.call("getUpdates", Map.of("offset", 2)).result();
        assertThat(updates).singleElement().satisfies(update -> {
            assertThat(update.at("/message/text").asText()).isEqualTo("/start inv_7Hq-2x");
            assertThat(update.at("/message/from/id").asLong()).isEqualTo(boris);
            assertThat(update.at("/message/chat/id").asLong()).isEqualTo(boris);
            assertThat(update.at("/message/entities/0")).hasToString("{\"offset\":0,\"length\":6,\"type\":\"bot_command\"}");
        });
        server.assertNoViolations();
    }

    @Test
    void givenAPictureWithNoQrCode_whenAUserScansIt_thenTheyAreToldSoAndTheBotGetsNothing() throws Exception {
        String picture = botSendsPhoto(png(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB)));

        PageClient.Answer scan = page.post("api/users/" + boris + "/scans", Map.of("fileId", picture));

        assertThat(scan.status()).isEqualTo(422);
        assertThat(scan.json().get("error").asText()).isEqualTo("no QR code found in this picture");
        assertThat(bot.call("getUpdates", Map.of("offset", 2)).result()).isEmpty();
        server.assertNoViolations();
    }

    @Test
    void givenAQrCodeOfAnotherLink_whenAUserScansIt_thenThePageGetsItsTextAndTheBotGetsNothing() throws Exception {
        String picture = botSendsPhoto(qrCode("https://t.me/some_other_bot?start=inv_1"));

        PageClient.Answer scan = page.post("api/users/" + boris + "/scans", Map.of("fileId", picture));

        assertThat(scan.status()).isEqualTo(200);
        assertThat(scan.json().get("opened").asBoolean()).isFalse();
        assertThat(scan.json().get("text").asText()).isEqualTo("https://t.me/some_other_bot?start=inv_1");
        assertThat(bot.call("getUpdates", Map.of("offset", 2)).result()).isEmpty();
    }

    @Test
    void givenNoSuchPicture_whenAUserScansIt_thenTheScanIsRefused() {
        PageClient.Answer scan = page.post("api/users/" + boris + "/scans", Map.of("fileId", "sandbox-photo-999"));

        assertThat(scan.status()).isEqualTo(404);
        assertThat(scan.json().get("error").asText()).isEqualTo("no such picture");
        assertThat(server.pendingUpdates()).isZero();
    }

    /** Anna writes first (a bot may only answer), then the bot sends her the picture as a photo; gives its file id. */
    private String botSendsPhoto(byte[] png) {
        page.sendText(anna, "/start");
        RawBot.Reply sent = bot.callMultipart("sendPhoto", Multipart.BOUNDARY, new Multipart()
                .field("chat_id", String.valueOf(anna))
                .file("photo", "picture.png", png)
                .bytes());
        assertThat(sent.status()).as(sent.description()).isEqualTo(200);
        JsonNode sizes = sent.result().get("photo");
        return sizes.get(sizes.size() - 1).get("file_id").asText();
    }

    private static byte[] qrCode(String text) throws WriterException, IOException {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 300, 300);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
        graphics.dispose();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    image.setRGB(x, y, 0x000000);
                }
            }
        }
        return png(image);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
