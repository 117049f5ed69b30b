package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_NOON;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_TEN;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.service.Service;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A holiday, vacation or absence added over appointments already made: the provider sees them and
 * may cancel them all with one reason, which each client receives.
 */
class CoveredAppointmentsFlowTest extends ProviderBotFlow {

    /** Wednesday 02.12.2026 10:00 in UTC+03:00, the day after the holiday. */
    private static final Instant WEDNESDAY_TEN = Instant.parse("2026-12-02T07:00:00Z");

    @Test
    void aHolidayOverTwoAppointmentsCancelsBothWithOneReasonAndTheDayAfterStays() {
        // given Анна with a pending and an accepted appointment on Tuesday and one on Wednesday
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service service = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        TelegramUser vera = kalenner.user("Вера", "ru");
        Appointment borisTuesday = kalenner.request(kalenner.clientOf(boris, specialist), service, TUESDAY_TEN);
        Appointment veraTuesday = kalenner.request(kalenner.clientOf(vera, specialist), service, TUESDAY_NOON);
        kalenner.core.answerRequest().accept(specialist.id(), veraTuesday.id()).get();
        Appointment borisWednesday = kalenner.request(kalenner.account(boris), service, WEDNESDAY_TEN);

        // when she marks Tuesday a holiday
        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Рабочие часы");
        anna.awaitBotText("Исключений нет");
        anna.pressButton("Добавить исключение");
        anna.awaitBotText("Напишите исключение одной строкой");
        anna.sendText("01.12.2026");

        // then the two Tuesday appointments are listed, and cancelled with her reason
        anna.awaitBotText("Исключение добавлено.");
        ChatMessage covered = anna.awaitBotText("Исключение приходится на 2 записи:");
        assertThat(covered.text()).contains("01.12.2026 10:00 · Борис · Консультация", "01.12.2026 12:00 · Вера · Консультация")
                .doesNotContain("02.12.2026");
        assertThat(buttons(covered)).containsExactly("Отменить эти записи", "Оставить");
        anna.pressButton("Отменить эти записи");
        anna.awaitBotText("Напишите причину одним сообщением");
        anna.sendText("x".repeat(501));
        anna.awaitBotText("Причина слишком длинная: не больше 500 символов.");
        assertThat(status(borisTuesday)).isEqualTo(AppointmentStatus.PENDING);
        anna.sendText("Заболела, простите");
        anna.awaitBotText("Отменено: 2 записи. Клиенты получили уведомление.");

        assertThat(boris.awaitBotText("Запись отменена").text()).contains("01.12.2026 10:00", "Причина: Заболела, простите");
        assertThat(vera.awaitBotText("Запись отменена").text()).contains("01.12.2026 12:00", "Причина: Заболела, простите");
        assertThat(status(borisTuesday)).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(status(veraTuesday)).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(status(borisWednesday)).isEqualTo(AppointmentStatus.PENDING);
    }

    @Test
    void inEnglishAnAbsenceOverOneAppointmentCancelsItWithoutAReasonAndTheOneAfterStays() {
        // given Emma with appointments on Tuesday at 10:00 and 12:00
        TelegramUser emma = kalenner.user("Emma", "en");
        Account specialist = kalenner.provider(emma, ProviderKind.SPECIALIST);
        Service service = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Boris", "en");
        Appointment ten = kalenner.request(kalenner.clientOf(boris, specialist), service, TUESDAY_TEN);
        Appointment noon = kalenner.request(kalenner.account(boris), service, TUESDAY_NOON);

        // when she is away from 09:30 to 11:00
        emma.pressReplyButton("Dashboard");
        emma.awaitBotText("Dashboard");
        emma.pressButton("Working hours");
        emma.awaitBotText("No exceptions");
        emma.pressButton("Add exception");
        emma.awaitBotText("Write the exception in one line");
        emma.sendText("01.12.2026 09:30-11:00");

        // then only the 10:00 is offered, and Skip cancels it without a reason
        ChatMessage covered = emma.awaitBotText("The exception falls on 1 appointment:");
        assertThat(covered.text()).contains("01.12.2026 10:00 · Boris").doesNotContain("12:00");
        emma.pressButton("Cancel these appointments");
        emma.awaitBotText("Type the reason in one message");
        emma.pressButton("Skip");
        emma.awaitBotText("Cancelled: 1 appointment. The clients have been notified.");
        assertThat(boris.awaitBotText("cancelled").text()).contains("01.12.2026 10:00").doesNotContain("Reason");
        assertThat(status(ten)).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(status(noon)).isEqualTo(AppointmentStatus.PENDING);
    }

    private AppointmentStatus status(Appointment appointment) {
        return kalenner.core.ports().appointments().findById(appointment.id()).get().status();
    }
}
