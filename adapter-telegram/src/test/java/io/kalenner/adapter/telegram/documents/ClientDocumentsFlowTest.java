package io.kalenner.adapter.telegram.documents;

import static io.kalenner.adapter.telegram.documents.DocumentsBot.buttons;
import static io.kalenner.adapter.telegram.documents.DocumentsBot.links;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.document.UploadSharedDocument;
import io.kalenner.application.port.DocumentContent;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.port.SignedLink;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.sandbox.botapi.CallbackAnswer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.collection.List;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client's Документы with one provider: list, upload, download, delete own only. */
class ClientDocumentsFlowTest {

    private static final byte[] CERTIFICATE = "справка: здоров".getBytes(StandardCharsets.UTF_8);

    private DocumentsBot kalenner;
    private TelegramUser anna;
    private Account specialist;
    private TelegramUser boris;
    private Account client;

    @BeforeEach
    void start() throws Exception {
        kalenner = new DocumentsBot();
        anna = kalenner.user("Анна", "ru");
        specialist = kalenner.specialist(anna);
        boris = kalenner.user("Борис", "ru");
        client = kalenner.clientOf(boris, specialist);
    }

    @AfterEach
    void stop() {
        try {
            kalenner.assertNoViolations();
        } finally {
            kalenner.close();
        }
    }

    private List<SharedDocument> shared() {
        return kalenner.core.listSharedDocuments().list(client.id(), client.id(), specialist.id()).get();
    }

    @Test
    void aClientUploadsDownloadsAndDeletesOwnDocumentsButNotTheProviders() throws Exception {
        kalenner.core.uploadSharedDocument().upload(specialist.id(), new UploadSharedDocument.Command(client.id(), specialist.id(),
                new ByteArrayInputStream("план лечения".getBytes(StandardCharsets.UTF_8)), "план.pdf", "application/pdf")).get();

        kalenner.card(boris, specialist);
        boris.pressButton("Документы");
        ChatMessage list = boris.awaitBotText("Документы — Анна");
        assertThat(list.text()).contains("1. 🟣 план.pdf · 1 КБ · 30.11.2026");
        assertThat(buttons(list)).containsExactly("1. 🟣 план.pdf", "Скачать", "Загрузить", "Удалить");

        boris.pressButton("Загрузить");
        assertThat(boris.awaitBotText("Пришлите файл").text()).contains("до 1 МБ");
        boris.sendText("вот файл");
        assertThat(boris.awaitBotText("Здесь нужен файл или фото").text()).contains("/start");
        boris.sendDocument("пусто.txt", "text/plain", new byte[0]);
        assertThat(boris.awaitBotText("Файл пустой.").text()).contains("Пришлите другой файл");
        boris.sendDocument("большой.pdf", "application/pdf", new byte[(int) DocumentsBot.SIZE_LIMIT + 1]);
        assertThat(boris.awaitBotText("Файл слишком большой").text()).contains("до 1 МБ", "Пришлите другой файл");
        assertThat(shared()).hasSize(1);

        boris.sendDocument("справка.pdf", "application/pdf", CERTIFICATE);
        ChatMessage uploaded = boris.awaitBotText("Загружено: «справка.pdf».");
        assertThat(uploaded.text()).contains("1. 🟣 план.pdf", "2. справка.pdf · 1 КБ");
        SharedDocument certificate = shared().find(d -> d.fileName().equals("справка.pdf")).get();
        assertThat(certificate.uploadedBy()).isEqualTo(client.id());
        try (DocumentContent stored = kalenner.core.ports().documents().open(new DocumentId(certificate.file().value())).get()) {
            assertThat(stored.content().readAllBytes()).isEqualTo(CERTIFICATE);
            assertThat(stored.document().contentType()).isEqualTo("application/pdf");
        }
        // the question is answered: a text now is an ordinary message again
        boris.sendText("спасибо");
        boris.awaitBotText("Не понял сообщение");

        boris.pressButton("Скачать");
        assertThat(boris.awaitCallbackAnswer().text()).startsWith("Сначала выберите документы");
        boris.pressButton("1. 🟣 план.pdf");
        boris.awaitBotMessage(m -> buttons(m).contains("✅ 1. 🟣 план.pdf"));
        boris.pressButton("Удалить");
        CallbackAnswer refused = boris.awaitCallbackAnswer();
        assertThat(refused.showAlert()).isTrue();
        assertThat(refused.text()).startsWith("Удалять можно только документы, которые вы загрузили сами");

        boris.pressButton("2. справка.pdf");
        boris.awaitBotMessage(m -> buttons(m).contains("✅ 2. справка.pdf"));
        boris.pressButton("Скачать");
        ChatMessage download = boris.awaitBotText("действуют 5 минут");
        assertThat(download.text()).contains("«план.pdf»:", "«справка.pdf»:");
        assertThat(links(download)).hasSize(2).allSatisfy(link -> {
            assertThat(link).startsWith("https://kalenner.example/d/");
            SignedLink signed = kalenner.core.ports().links().verify(link.substring(link.lastIndexOf('/') + 1), DocumentsBot.NOW).get();
            assertThat(signed.account()).isEqualTo(client.id());
        });

        boris.pressButton("✅ 1. 🟣 план.pdf"); // unpicked: only the own one stays picked
        boris.awaitBotMessage(m -> buttons(m).contains("1. 🟣 план.pdf") && buttons(m).contains("✅ 2. справка.pdf"));
        boris.pressButton("Удалить");
        ChatMessage confirm = boris.awaitBotText("Удалить эти документы?");
        assertThat(confirm.text()).contains("• справка.pdf").doesNotContain("план.pdf");
        boris.pressButton("Да, удалить");
        ChatMessage deleted = boris.awaitBotText("Удалено: «справка.pdf».");
        assertThat(deleted.text()).contains("1. 🟣 план.pdf").doesNotContain("2. справка.pdf");
        assertThat(shared().map(SharedDocument::fileName)).containsExactly("план.pdf");
        assertThat(kalenner.core.ports().documents().open(new DocumentId(certificate.file().value())).isLeft()).isTrue();
    }

    @Test
    void aPhotoIsStoredAsAJpegAndStartCancelsTheUpload() throws Exception {
        kalenner.card(boris, specialist);
        boris.pressButton("Документы");
        assertThat(boris.awaitBotText("Документы — Анна").text()).contains("Общих документов пока нет");

        boris.pressButton("Загрузить");
        boris.awaitBotText("Пришлите файл");
        boris.sendPhoto(png());
        ChatMessage uploaded = boris.awaitBotText("Загружено: «photo-");
        assertThat(uploaded.text()).contains("1. photo-");
        assertThat(shared()).singleElement().satisfies(photo -> assertThat(photo.fileName()).endsWith(".jpg"));

        boris.pressButton("Загрузить");
        boris.awaitBotText("Пришлите файл");
        boris.sendText("/start");
        boris.awaitBotMessage(m -> !m.replyKeyboard().isEmpty());
        boris.sendDocument("поздно.pdf", "application/pdf", CERTIFICATE);
        boris.awaitBotText("Здесь нужен текст");
        assertThat(shared()).hasSize(1);
    }

    @Test
    void aForgedButtonForAnotherClientsDocumentsShowsNothing() {
        TelegramUser vera = kalenner.user("Вера", "ru");
        kalenner.card(vera, specialist);
        vera.pressButton("Документы");
        assertThat(vera.awaitBotText("нет в вашем списке").text()).doesNotContain("Документы — ");
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
