package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.time.TimeSetting;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * {@code Варианты регистрации}: a kind, then the name, what the provider does and the time
 * setting, each skippable; the dialogue ends with {@code Кабинет} in the main menu.
 */
class RegistrationFlowTest extends ProviderBotFlow {

    @Test
    void aSpecialistNamesThemselfSaysWhatTheyDoKeepsTheTimeAndFindsTheDashboard() {
        // given a client who opens the registration options
        TelegramUser anna = kalenner.user("Анна", "ru");
        anna.pressReplyButton("Варианты регистрации");
        anna.awaitBotText("Один аккаунт Telegram может быть Специалистом ИЛИ Организацией");

        // when they register as a specialist and answer the name with bad input first
        anna.pressButton("Специалист");
        anna.awaitBotText("Сейчас — «Анна», имя из Telegram");
        anna.sendText("А".repeat(200));
        anna.awaitBotText("Имя слишком длинное: не больше 64 символов");
        anna.sendSticker("🙂");
        anna.awaitBotText("Ответ нужно написать текстом");
        assertThat(kalenner.account(anna).displayName()).isEqualTo("Анна");
        anna.sendText("Анна Петрова");

        // then what they do is asked, saved in the profile's «О себе», and the time comes last
        anna.awaitBotText("Чем вы занимаетесь?");
        anna.sendText("Психолог, КПТ, онлайн");
        var timeQuestion = anna.awaitBotText("Время: сейчас у вас 09:00 (UTC+03:00)");
        assertThat(buttons(timeQuestion)).containsExactly("Пропустить", "Часовой пояс");
        anna.pressButton("Пропустить");
        var done = anna.awaitBotText("Вы зарегистрированы как Специалист. В главном меню появился Кабинет.");
        assertThat(done.replyKeyboard().toString()).contains("Кабинет");

        Account registered = kalenner.account(anna);
        assertThat(registered.providerKind()).contains(ProviderKind.SPECIALIST);
        assertThat(registered.displayName()).isEqualTo("Анна Петрова");
        assertThat(registered.timeSetting()).isEqualTo(TimeSetting.DEFAULT);
        assertThat(kalenner.core.viewOwnProfile().view(registered.id()).get().about()).isEqualTo("Психолог, КПТ, онлайн");
        anna.pressReplyButton("Кабинет");
        anna.awaitBotMessage(m -> ProviderBot.hasButton(m, "Заявки (0)"));
    }

    @Test
    void inEnglishAnOrganizationSkipsEverythingButTheTimeZoneAndTheDialogueOutlivesARestart() throws Exception {
        // given a client who registers as an organization
        TelegramUser clinic = kalenner.user("Clinic", "en");
        clinic.pressReplyButton("Registration options");
        clinic.awaitBotText("Specialist");
        clinic.pressButton("Organization");
        clinic.awaitBotText("Now it is “Clinic”, your Telegram name");

        // when the bot restarts while the name question waits, and the answers are skipped
        kalenner.restart();
        clinic.sendText("Sunny Clinic");
        clinic.awaitBotText("What do you do?");
        clinic.pressButton("Skip");
        clinic.awaitBotText("Time: it is 09:00 for you now (UTC+03:00)");
        clinic.pressButton("Time zone");

        // then the menu with the dashboard comes, and Settings' time-zone choice after it
        var done = clinic.awaitBotText("You are registered as an Organization. The Dashboard is now in the main menu.");
        assertThat(done.replyKeyboard().toString()).contains("Dashboard");
        clinic.awaitBotText("UTC+05:00");
        clinic.pressButton("UTC+05:00");
        clinic.awaitCallbackAnswer();
        Account registered = kalenner.account(clinic);
        assertThat(registered.displayName()).isEqualTo("Sunny Clinic");
        assertThat(registered.providerKind()).contains(ProviderKind.ORGANIZATION);
        assertThat(registered.timeSetting()).isEqualTo(new TimeSetting.FixedOffset(ZoneOffset.ofHours(5)));
        assertThat(kalenner.core.viewOwnProfile().view(registered.id()).get().about()).isEmpty();
    }

    @Test
    void theOtherKindIsRefusedWithTheRuleAndTheAboutTextExplainsKalenner() {
        // given a specialist
        TelegramUser anna = kalenner.user("Анна", "ru");
        kalenner.provider(anna, ProviderKind.SPECIALIST);
        anna.pressReplyButton("Варианты регистрации");
        anna.awaitBotText("Варианты регистрации");

        // when they ask what Kalenner is, then try to register as an organization
        anna.pressButton("О сервисе");
        anna.awaitBotText("Kalenner — запись к специалистам прямо в Telegram.");
        anna.pressButton("Организация");

        // then the combination rule is told and nothing changes
        var answer = anna.awaitCallbackAnswer();
        assertThat(answer.text()).contains("Правило комбинации регистрации");
        assertThat(answer.showAlert()).isTrue();
        assertThat(kalenner.account(anna).providerKind()).contains(ProviderKind.SPECIALIST);
    }
}
