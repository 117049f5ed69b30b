package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_TEN;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.time.TimeSetting;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whatever a client sends that the bot did not ask for gets a short, clear answer and changes
 * nothing; {@code /start} brings the main menu back after each.
 */
class BadInputFlowTest {

    private ProviderBot kalenner;
    private TelegramUser boris;

    @BeforeEach
    void start() throws Exception {
        kalenner = new ProviderBot();
        boris = kalenner.user("Борис", "ru");
    }

    @AfterEach
    void stop() {
        kalenner.close();
    }

    @Test
    void anUnknownCommandIsNamedAndTheMenuComesBack() {
        boris.sendText("/weather");

        ChatMessage answer = boris.awaitBotText("Такой команды нет. /start открывает главное меню.");
        assertThat(answer.replyKeyboard().toString()).contains("Запросить запись", "Настройки");
        menuComesBackWithStart(boris);
    }

    @Test
    void textWhereAButtonWasExpectedIsNotTakenForAChoice() {
        boris.pressReplyButton("Настройки");
        boris.awaitBotText("Часовой пояс: UTC+03:00");

        boris.sendText("UTC+05:00");

        boris.awaitBotText("Не понял сообщение. Выберите действие в меню ниже.");
        assertThat(kalenner.account(boris).timeSetting()).isEqualTo(TimeSetting.DEFAULT);
        menuComesBackWithStart(boris);
    }

    @Test
    void aStickerGetsAShortAnswer() {
        boris.sendSticker("👍");

        boris.awaitBotText("Здесь нужен текст или кнопка меню.");
        menuComesBackWithStart(boris);
    }

    @Test
    void aFileWhereTextWasExpectedIsRefusedAndNothingIsSent() throws Exception {
        boris.pressReplyButton("Поддержка");
        boris.awaitBotText("Опишите ваш вопрос");

        boris.sendDocument("скриншот.txt", "text/plain", "не текст сообщения".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        boris.awaitBotText("Здесь нужен текст: фото и файлы сюда не передаются.");
        assertThat(kalenner.core.ports().messages().depth()).isZero();
        menuComesBackWithStart(boris);
    }

    @Test
    void aMessageOfFiveThousandCharactersGetsAShortAnswer() {
        boris.sendText("а".repeat(5000));

        assertThat(boris.awaitBotText("Не понял сообщение.").text()).hasSizeLessThan(100);
        menuComesBackWithStart(boris);
    }

    @Test
    void aForwardedMessageIsNotReadAsTheUsersOwnChoice() {
        boris.forwardText("Записи", "Иван");

        boris.awaitBotText("Пересланные сообщения я не читаю");
        assertThat(boris.messages()).noneMatch(m -> m.fromBot() && m.text().contains("У вас нет запланированных записей"));
        menuComesBackWithStart(boris);
    }

    @Test
    void aCancellationConfirmedTwiceFastCancelsOnceAndTellsTheProviderOnce() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Account client = kalenner.clientOf(boris, specialist);
        Service consultation = kalenner.specialistWithService(specialist);
        Appointment appointment = kalenner.request(client, consultation, TUESDAY_TEN);
        anna.awaitBotText("Новая заявка на запись:");
        boris.pressReplyButton("Записи");
        boris.awaitBotText("Ваши записи: впереди 1 запись.");
        boris.pressButton("01.12 10:00 · Анна · 🟡 Ожидает");
        boris.awaitBotMessage(m -> m.edited() && buttons(m).contains("Отменить"));
        boris.pressButton("Отменить");
        boris.awaitBotMessage(m -> m.edited() && m.text().startsWith("Отменить эту запись?"));

        boris.pressButtonTwice("Да, отменить");

        // the second press finds the appointment cancelled already: it says so and changes nothing
        assertThat(boris.awaitCallbackAnswer().text()).isEqualTo("Статус записи уже изменился, это действие недоступно.");
        boris.awaitBotMessage(m -> m.edited() && m.text().startsWith("Информация о встрече") && m.text().contains("Отменено"));
        anna.awaitBotText("Запись отменена:");
        assertThat(kalenner.core.ports().appointments().findById(appointment.id()).get().status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(anna.messages()).filteredOn(m -> m.fromBot() && m.text().contains("Запись отменена:")).hasSize(1);
        menuComesBackWithStart(boris);
    }

    @Test
    void inEnglishTheAnswersAreShortAndClearToo() {
        TelegramUser walter = kalenner.user("Walter", "en");

        walter.sendText("/weather");
        walter.awaitBotText("There is no such command. /start opens the main menu.");
        walter.sendSticker("👍");
        walter.awaitBotText("Please send text or use the menu.");
        walter.forwardText("Appointments", "Ivan");
        walter.awaitBotText("I do not read forwarded messages");

        walter.sendText("/start");
        assertThat(walter.awaitBotMessage(m -> !m.replyKeyboard().isEmpty()).replyKeyboard().toString())
                .contains("Appointments", "Support");
        assertThat(walter.messages()).noneMatch(m -> m.fromBot() && m.text().contains("You have no"));
    }

    private static void menuComesBackWithStart(TelegramUser user) {
        user.sendText("/start");
        assertThat(user.awaitBotMessage(m -> !m.replyKeyboard().isEmpty()).replyKeyboard().toString()).contains("Записи", "Поддержка");
    }
}
