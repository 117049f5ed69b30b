package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.telegram.chat.QrCodes;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Section;
import io.kalenner.domain.profile.WebLink;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's {@code Профиль} filled in from the chat: texts and contacts one question at a
 * time, the accent colour, the sections and their order, the photo and the gallery.
 */
class ProfileEditingFlowTest extends ProviderBotFlow {

    private static final byte[] PICTURE = QrCodes.png("https://anna.example");

    @Test
    void textsAreAskedOneAtATimeSkippedClearedAndABadAnswerKeepsTheQuestion() {
        // given Анна in her profile
        TelegramUser anna = specialistIn("Анна", "ru", "Кабинет", "Профиль", "страница скрыта");
        Account specialist = kalenner.account(anna);

        // when she answers «О себе», skips two questions and mistypes her website and email
        anna.pressButton("О себе");
        ChatMessage about = anna.awaitBotText("«О себе»: напишите");
        assertThat(about.text()).contains("Сейчас: —");
        assertThat(buttons(about)).containsExactly("Пропустить", "Очистить", "« Профиль");
        anna.sendText("Йога для начинающих");
        assertThat(anna.awaitBotText("«Опыт»").text()).startsWith("Сохранено.");
        anna.pressButton("Пропустить");
        anna.awaitBotText("«Образование»");
        anna.pressButton("Пропустить");
        anna.awaitBotText("«Сайт»");
        anna.sendText("anna.example");
        anna.awaitBotText("Ссылка должна быть полным адресом");
        anna.sendText("https://anna.example");
        anna.awaitBotText("«Email»");
        anna.sendText("anna at example");
        anna.awaitBotText("Это не похоже на адрес электронной почты");
        assertThat(profile(specialist).contacts().email()).isEmpty();
        anna.sendText("anna@example.com");
        anna.awaitBotText("«Телефон»");
        anna.pressButton("« Профиль");

        // then the good answers are kept and shown
        ChatMessage profile = anna.awaitBotText("страница скрыта");
        assertThat(profile.text()).contains("О себе: Йога для начинающих", "Сайт: https://anna.example", "Email: anna@example.com",
                "Телефон: —");
        Profile saved = profile(specialist);
        assertThat(saved.about()).isEqualTo("Йога для начинающих");
        assertThat(saved.experience()).isEmpty();
        assertThat(saved.contacts().website().map(WebLink::url)).contains("https://anna.example");

        // when she clears «О себе»
        anna.pressButton("О себе");
        anna.awaitBotText("Сейчас: Йога для начинающих");
        anna.pressButton("Очистить");

        // then it is empty and the next question comes
        assertThat(anna.awaitBotText("«Опыт»").text()).startsWith("Поле очищено.");
        assertThat(profile(specialist).about()).isEmpty();
    }

    @Test
    void theAccentIsTypedAndSectionsAreHiddenMovedAndShownAgain() {
        TelegramUser anna = specialistIn("Анна", "ru", "Кабинет", "Профиль", "страница скрыта");
        Account specialist = kalenner.account(anna);

        anna.pressButton("Цвет");
        anna.awaitBotText("#rrggbb");
        anna.sendText("синий");
        anna.awaitBotText("Укажите цвет в виде #rrggbb");
        assertThat(profile(specialist).design().accent().hex()).isEqualTo("#2a6fdb");
        anna.sendText("#ff8800");
        assertThat(anna.awaitBotText("Цвет: #ff8800").text()).startsWith("Сохранено.");

        anna.pressButton("Разделы");
        ChatMessage sections = anna.awaitBotText("Разделы страницы");
        assertThat(buttons(sections)).containsExactly("✓ О себе", "↓", "✓ Опыт", "↑", "↓", "✓ Образование", "↑", "↓", "✓ Услуги", "↑", "↓",
                "✓ Галерея", "↑", "↓", "✓ Контакты", "↑", "« Профиль");
        anna.pressButton("✓ Образование");
        anna.awaitBotMessage(m -> buttons(m).contains("Образование"));
        anna.pressButton("↓");
        anna.awaitBotMessage(m -> !buttons(m).isEmpty() && buttons(m).get(0).equals("✓ Опыт"));
        assertThat(profile(specialist).design().sections()).containsExactly(Section.EXPERIENCE, Section.ABOUT, Section.SERVICES,
                Section.GALLERY, Section.CONTACTS);
        anna.pressButton("Образование");
        anna.awaitBotMessage(m -> buttons(m).contains("✓ Образование"));
        assertThat(profile(specialist).design().sections()).containsExactly(Section.EXPERIENCE, Section.ABOUT, Section.SERVICES,
                Section.GALLERY, Section.CONTACTS, Section.EDUCATION);
        assertThat(profile(specialist).design().accent().hex()).isEqualTo("#ff8800");
    }

    @Test
    void thePhotoAndGalleryPicturesComeAsPhotosOrImageFilesAndAnythingElseIsRefused() {
        TelegramUser anna = specialistIn("Анна", "ru", "Кабинет", "Профиль", "страница скрыта");
        Account specialist = kalenner.account(anna);

        anna.pressButton("Фото");
        anna.awaitBotText("Пришлите фото или логотип");
        anna.sendText("вот");
        anna.awaitBotText("Нужна картинка");
        anna.sendDocument("cv.pdf", "application/pdf", "%PDF-1.4 not a picture".getBytes(StandardCharsets.UTF_8));
        anna.awaitBotText("Это не изображение");
        assertThat(profile(specialist).photo()).isEmpty();
        anna.sendPhoto(PICTURE);
        assertThat(anna.awaitBotText("Фото: есть").text()).startsWith("Фото сохранено.");
        assertThat(profile(specialist).photo()).isNotEmpty();

        anna.pressButton("Галерея");
        anna.awaitBotText("Пришлите картинки для галереи");
        anna.sendDocument("work.png", "image/png", PICTURE);
        anna.awaitBotText("(1 из 12)");
        anna.sendPhoto(PICTURE);
        anna.awaitBotText("(2 из 12)");
        anna.pressButton("Готово");
        anna.awaitBotText("Галерея: 2 из 12");
        assertThat(profile(specialist).gallery()).hasSize(2);
    }

    @Test
    void inEnglishAFieldIsAnsweredSkippedAndTheColourRefusedThenSet() {
        TelegramUser anna = specialistIn("Anna", "en", "Dashboard", "Profile", "page is hidden");
        Account specialist = kalenner.account(anna);

        anna.pressButton("Experience");
        assertThat(buttons(anna.awaitBotText("“Experience”"))).containsExactly("Skip", "Clear", "« Profile");
        anna.sendText("Ten years of yoga");
        assertThat(anna.awaitBotText("“Education”").text()).startsWith("Saved.");
        anna.pressButton("Skip");
        anna.awaitBotText("“Website”");
        anna.pressButton("« Profile");
        anna.awaitBotText("Experience: Ten years of yoga");

        anna.pressButton("Colour");
        anna.awaitBotText("#rrggbb");
        anna.sendText("blue");
        anna.awaitBotText("#rrggbb");
        anna.sendText("#112233");
        anna.awaitBotText("Colour: #112233");
        Profile saved = profile(specialist);
        assertThat(saved.experience()).isEqualTo("Ten years of yoga");
        assertThat(saved.design().accent().hex()).isEqualTo("#112233");
    }

    private Profile profile(Account provider) {
        return kalenner.core.viewOwnProfile().view(provider.id()).get();
    }
}
