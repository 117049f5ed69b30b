package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_NOON;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_TEN;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.sandbox.botapi.CallbackAnswer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's own {@code Записи} (flow 4 of the client's bot), played with the provider bot's
 * harness: upcoming appointments with {@code Информация о встрече} and {@code Отменить}, and
 * {@code Прошедшие записи} with a pop-up of price, paid and balance.
 */
class ClientOwnAppointmentsFlowTest {

    private final ProviderBot kalenner;

    ClientOwnAppointmentsFlowTest() throws Exception {
        kalenner = new ProviderBot();
    }

    @AfterEach
    void stop() {
        kalenner.assertNoViolations();
        kalenner.close();
    }

    @Test
    void theTimeZoneChosenInSettingsIsTheOneAppointmentsAreShownIn() {
        // given Борис with a request for Tuesday 10:00 in the default UTC+03:00 (07:00 UTC)
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service consultation = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        kalenner.request(kalenner.clientOf(boris, specialist), consultation, TUESDAY_TEN);

        // when he chooses Kathmandu's UTC+05:45 in Настройки
        boris.pressReplyButton("Настройки");
        boris.awaitBotText("Часовой пояс: UTC+03:00");
        boris.pressButton("Часовой пояс");
        boris.awaitBotText("Выберите смещение от UTC");
        boris.pressButton("UTC+05:45");
        boris.awaitBotText("Часовой пояс: UTC+05:45");

        // then Записи shows the same appointment at 12:45, while Анна still sees 10:00
        boris.pressReplyButton("Записи");
        ChatMessage list = boris.awaitBotText("Ваши записи: впереди 1 запись.");
        assertThat(buttons(list)).contains("01.12 12:45 · Анна · 🟡 Ожидает");
        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("1 новая заявка");
        anna.pressButton("Заявки (1)");
        assertThat(anna.awaitBotText("Заявки (1)").text()).contains("01.12.2026 10:00 · Борис").doesNotContain("12:45");
    }

    @Test
    void aClientSeesAnAppointmentsInfoCancelsItAfterConfirmingAndFindsAPastOneWithItsBalance() {
        // given Борис with two appointments with Анна: one to cancel, one accepted and partly paid
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service consultation = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        Account client = kalenner.clientOf(boris, specialist);
        Appointment toCancel = kalenner.request(client, consultation, TUESDAY_TEN);
        Appointment toKeep = kalenner.request(client, consultation, TUESDAY_NOON);
        kalenner.core.answerRequest().accept(specialist.id(), toKeep.id()).get();
        kalenner.core.recordPayment().record(specialist.id(), toKeep.id(), Money.of(100000, "RUB")).get();

        // when Борис opens Записи and the first one
        boris.pressReplyButton("Записи");
        ChatMessage list = boris.awaitBotMessage(m -> m.text().contains("Ваши записи"));
        assertThat(list.text()).isEqualTo("Ваши записи: впереди 2 записи. Выберите запись.");
        assertThat(buttons(list)).containsExactly("01.12 10:00 · Анна · 🟡 Ожидает", "01.12 12:00 · Анна · 🟢 Принято", "Прошедшие записи");
        boris.pressButton("01.12 10:00 · Анна · 🟡 Ожидает");
        boris.awaitBotMessage(m -> m.edited() && buttons(m).contains("Информация о встрече"));

        // then the info shows the money
        boris.pressButton("Информация о встрече");
        ChatMessage info = boris.awaitBotMessage(m -> m.edited() && m.text().startsWith("Информация о встрече"));
        assertThat(info.text()).contains("01.12.2026 10:00", "Консультация", "Цена: 3000 ₽");

        // when Отменить, first refused by changing one's mind, then confirmed
        boris.pressButton("Отменить");
        boris.awaitBotMessage(m -> m.edited() && m.text().startsWith("Отменить эту запись?"));
        boris.pressButton("« Не отменять");
        boris.awaitBotMessage(m -> m.edited() && buttons(m).contains("Информация о встрече"));
        assertThat(kalenner.core.ports().appointments().findById(toCancel.id()).get().status()).isEqualTo(AppointmentStatus.PENDING);
        boris.pressButton("Отменить");
        boris.awaitBotMessage(m -> m.edited() && m.text().startsWith("Отменить эту запись?"));
        boris.pressButton("Да, отменить");

        // then it is cancelled and the specialist is told
        boris.awaitBotMessage(m -> m.edited() && m.text().contains("Отменено"));
        assertThat(kalenner.core.ports().appointments().findById(toCancel.id()).get().status()).isEqualTo(AppointmentStatus.CANCELLED);
        anna.awaitBotMessage(m -> m.text().contains("Запись отменена"), Duration.ofSeconds(10));

        // when the kept one is over, it is among the past ones with its balance in a pop-up
        kalenner.clock.set(TUESDAY_NOON.plus(Duration.ofHours(2)));
        boris.pressButton("« Записи");
        boris.awaitBotMessage(m -> m.edited() && buttons(m).contains("Прошедшие записи"));
        boris.pressButton("Прошедшие записи");
        ChatMessage past = boris.awaitBotMessage(m -> m.edited() && m.text().startsWith("Прошедшие записи"));
        assertThat(buttons(past)).contains("01.12 12:00 · Анна · 🟢 Принято");
        boris.pressButton("01.12 12:00 · Анна · 🟢 Принято");
        CallbackAnswer popUp = boris.awaitCallbackAnswer();
        assertThat(popUp.showAlert()).isTrue();
        assertThat(popUp.text()).contains("Цена: 3000 ₽", "Оплачено: 1000 ₽", "Остаток: 2000 ₽").hasSizeLessThanOrEqualTo(200);
    }
}
