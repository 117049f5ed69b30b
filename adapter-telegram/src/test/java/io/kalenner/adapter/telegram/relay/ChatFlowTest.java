package io.kalenner.adapter.telegram.relay;

import static io.kalenner.adapter.telegram.relay.RelayBot.button;
import static io.kalenner.adapter.telegram.relay.RelayBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.application.profile.EditProfile;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.sandbox.botapi.Attachment;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code Список специалистов} → a provider's card → {@code Чат}: messages both ways, and the ways out of chat mode. */
class ChatFlowTest {

    private RelayBot kalenner;
    private TelegramUser anna;
    private Account specialist;
    private TelegramUser boris;

    @BeforeEach
    void start() throws Exception {
        kalenner = new RelayBot("ru");
        anna = kalenner.user("Анна", "ru");
        specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        boris = kalenner.user("Борис", "ru");
        kalenner.clientOf(boris, specialist);
    }

    @AfterEach
    void stop() {
        kalenner.close();
    }

    @Test
    void eachProviderOpensACardWithChatTermsAndDocumentsAndNoProfileWhileNoneIsPublished() {
        boris.pressReplyButton("Список специалистов");
        ChatMessage list = boris.awaitBotText("Ваши специалисты и организации:");
        assertThat(buttons(list)).containsExactly("👤 Анна");

        boris.pressButton("👤 Анна");

        ChatMessage card = boris.awaitBotText("Выберите действие");
        assertThat(card.text()).startsWith("👤 Анна");
        assertThat(buttons(card)).containsExactly("Чат", "Условия", "Документы", "« Список специалистов");
        assertThat(button(card, "Условия").callbackData()).contains(CallbackData.of("tl", specialist.id().value()).serialize());
        assertThat(button(card, "Документы").callbackData()).contains(CallbackData.of("dl", specialist.id().value()).serialize());

        boris.pressButton("« Список специалистов");
        assertThat(buttons(boris.awaitBotText("Ваши специалисты и организации:"))).containsExactly("👤 Анна");
    }

    @Test
    void aPublishedProfileJoinsTheCardAsALinkToItsPageAndLeavesWhenUnpublished() {
        kalenner.core.editProfile().edit(specialist.id(), new EditProfile.Command(EditProfile.Field.SLUG, "anna-yoga")).get();
        kalenner.core.publishProfile().publish(specialist.id(), true).get();
        boris.pressReplyButton("Список специалистов");
        boris.awaitBotText("Ваши специалисты и организации:");

        boris.pressButton("👤 Анна");

        ChatMessage card = boris.awaitBotText("Выберите действие");
        assertThat(buttons(card)).containsExactly("Профиль", "Чат", "Условия", "Документы", "« Список специалистов");
        String base = TelegramSettings.LOCAL_WEB.toString().replaceAll("/+$", "");
        assertThat(card.urlButtons()).containsExactly(java.util.Map.entry("Профиль", base + "/p/anna-yoga"));

        kalenner.core.publishProfile().publish(specialist.id(), false).get();
        boris.pressButton("« Список специалистов");
        boris.awaitBotText("Ваши специалисты и организации:");
        boris.pressButton("👤 Анна");
        assertThat(buttons(boris.awaitBotText("Выберите действие"))).doesNotContain("Профиль");
    }

    @Test
    void theClientAndTheProviderWriteToEachOther() {
        openChatWithAnna();

        boris.sendText("Здравствуйте! Можно перенести запись на среду?");

        ChatMessage relayed = anna.awaitBotText("Сообщение от клиента Борис");
        assertThat(relayed.text()).contains("Здравствуйте! Можно перенести запись на среду?");
        assertThat(buttons(relayed)).containsExactly("Ответить");

        anna.pressButton("Ответить");
        assertThat(buttons(anna.awaitBotText("💬 Чат: Борис"))).containsExactly("Выйти из чата");
        anna.sendText("Да, конечно, в 12:00.");

        ChatMessage answer = boris.awaitBotText("Сообщение от 👤 Анна");
        assertThat(answer.text()).contains("Да, конечно, в 12:00.");
        assertThat(buttons(answer)).containsExactly("Ответить");

        // both stay in chat mode: the next messages go on too
        boris.sendText("Спасибо!");
        assertThat(anna.awaitBotText("Сообщение от клиента Борис").text()).contains("Спасибо!");
    }

    @Test
    void leavingChatModeStopsTheRelay() {
        openChatWithAnna();

        boris.pressButton("Выйти из чата");
        assertThat(boris.awaitBotText("Вы вышли из чата").text()).contains("👤 Анна");

        boris.sendText("это уже не в чат");
        boris.awaitBotText("Не понял сообщение");
        assertThat(anna.messages()).noneMatch(m -> m.text().contains("это уже не в чат"));
        assertThat(kalenner.core.ports().messages().depth()).isZero();

        // the button again, now that chat mode is over
        boris.pressButton("Выйти из чата");
        assertThat(boris.awaitCallbackAnswer().text()).contains("Чат уже закрыт.");
    }

    @Test
    void startAndTheMainMenuLeaveChatModeToo() {
        openChatWithAnna();
        boris.sendText("/start");
        boris.awaitBotText("Главное меню");
        boris.sendText("после /start");
        boris.awaitBotText("Не понял сообщение");

        openChatWithAnna();
        boris.pressReplyButton("Записи");
        assertThat(boris.awaitBotText("Вы вышли из чата").text()).contains("👤 Анна");
        boris.sendText("после меню");
        boris.awaitBotText("Не понял сообщение");

        assertThat(anna.messages()).noneMatch(m -> m.text().contains("после"));
        assertThat(kalenner.core.ports().messages().depth()).isZero();
    }

    @Test
    void photosAndFilesGoBothWaysMarkedWithWhoSentThem() throws Exception {
        openChatWithAnna();

        boris.sendPhoto(png());

        ChatMessage photo = anna.awaitBotMessage(m -> m.attachment().isPresent());
        assertThat(photo.attachment().get().kind()).isEqualTo(Attachment.Kind.PHOTO);
        assertThat(photo.text()).isEqualTo("💬 Сообщение от клиента Борис:");
        assertThat(buttons(photo)).containsExactly("Ответить");

        anna.pressButton("Ответить");
        anna.awaitBotText("💬 Чат: Борис");
        byte[] plan = "План занятий на декабрь".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        anna.sendDocument("план.txt", "text/plain", plan);

        ChatMessage file = boris.awaitBotMessage(m -> m.attachment().isPresent());
        assertThat(file.attachment().get().kind()).isEqualTo(Attachment.Kind.DOCUMENT);
        assertThat(file.attachment().get().fileName()).isEqualTo("план.txt");
        assertThat(file.text()).isEqualTo("💬 Сообщение от 👤 Анна:");
        assertThat(buttons(file)).containsExactly("Ответить");
        // both stay in chat mode, and a text follows as before
        boris.sendText("Получил, спасибо!");
        assertThat(anna.awaitBotText("Сообщение от клиента Борис").text()).contains("Получил, спасибо!");
    }

    @Test
    void inEnglishAPhotoAndAFileAreMarkedWithWhoSentThem() throws Exception {
        TelegramUser emma = kalenner.user("Emma", "en");
        Account coach = kalenner.provider(emma, ProviderKind.SPECIALIST);
        TelegramUser walter = kalenner.user("Walter", "en");
        kalenner.clientOf(walter, coach);
        walter.pressReplyButton("Specialists list");
        walter.awaitBotText("Your specialists and organizations:");
        walter.pressButton("👤 Emma");
        walter.awaitBotText("Choose an action:");
        walter.pressButton("Chat");
        walter.awaitBotText("Whatever you write or send (text, a photo, a file), I pass on.");

        walter.sendPhoto(png());

        ChatMessage photo = emma.awaitBotMessage(m -> m.attachment().isPresent());
        assertThat(photo.attachment().get().kind()).isEqualTo(Attachment.Kind.PHOTO);
        assertThat(photo.text()).isEqualTo("💬 Message from client Walter:");
        emma.pressButton("Reply");
        emma.awaitBotText("💬 Chat: Walter");
        emma.sendDocument("exercises.txt", "text/plain", "ten squats".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        ChatMessage file = walter.awaitBotMessage(m -> m.attachment().isPresent());
        assertThat(file.attachment().get().fileName()).isEqualTo("exercises.txt");
        assertThat(file.text()).isEqualTo("💬 Message from 👤 Emma:");
        assertThat(buttons(file)).containsExactly("Reply");
    }

    @Test
    void aStickerInChatModeIsNotRelayedAndTheClientIsTold() {
        openChatWithAnna();

        boris.sendSticker("👍");

        assertThat(buttons(boris.awaitBotText("Такое сообщение не передать: в чат можно отправить текст, фото или файл.")))
                .containsExactly("Выйти из чата");
        assertThat(kalenner.core.ports().messages().depth()).isZero();
    }

    @Test
    void aMessageOfFiveThousandCharactersIsRefusedAndNotRelayed() {
        openChatWithAnna();

        boris.sendText("а".repeat(5000));

        boris.awaitBotText("Сообщение слишком длинное: не больше 4096 символов.");
        assertThat(kalenner.core.ports().messages().depth()).isZero();
        assertThat(anna.messages()).noneMatch(m -> m.text().contains("ааааа"));
    }

    @Test
    void aForwardedMessageInChatModeIsPassedOn() {
        openChatWithAnna();

        boris.forwardText("Адрес: ул. Ленина, 1", "Иван");

        assertThat(anna.awaitBotText("Сообщение от клиента Борис").text()).contains("Адрес: ул. Ленина, 1");
    }

    @Test
    void aMessageTooLongToShareOneWithItsHeadingComesInTwo() {
        openChatWithAnna();
        String longest = "я".repeat(4096);

        boris.sendText(longest);

        anna.awaitBotMessage(m -> m.text().equals("💬 Сообщение от клиента Борис:"));
        ChatMessage text = anna.awaitBotMessage(m -> m.text().equals(longest));
        assertThat(buttons(text)).containsExactly("Ответить");
    }

    private void openChatWithAnna() {
        boris.pressReplyButton("Список специалистов");
        boris.awaitBotText("Ваши специалисты и организации:");
        boris.pressButton("👤 Анна");
        boris.awaitBotText("Выберите действие");
        boris.pressButton("Чат");
        ChatMessage opened = boris.awaitBotText("💬 Чат: 👤 Анна");
        assertThat(buttons(opened)).containsExactly("Выйти из чата");
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }
}
