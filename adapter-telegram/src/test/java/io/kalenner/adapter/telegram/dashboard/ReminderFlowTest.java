package io.kalenner.adapter.telegram.dashboard;

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
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders before an Accepted appointment, as the bot sends them: the client's with
 * {@code Отменить}, the specialist's naming the client; none once the appointment is cancelled.
 * The test queues due reminders itself, as the bot's 30-second round would.
 */
class ReminderFlowTest {

    private final ProviderBot kalenner;

    ReminderFlowTest() throws Exception {
        kalenner = new ProviderBot();
    }

    @AfterEach
    void stop() {
        kalenner.assertNoViolations();
        kalenner.close();
    }

    @Test
    void theDayBeforeBothAreRemindedAndTheClientCancelsFromTheReminder() {
        // given Борис's appointment with Анна, accepted
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service consultation = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        Account client = kalenner.clientOf(boris, specialist);
        Appointment appointment = kalenner.request(client, consultation, TUESDAY_TEN);
        kalenner.core.answerRequest().accept(specialist.id(), appointment.id()).get();
        boris.awaitBotMessage(m -> m.text().startsWith("Ваша запись подтверждена"));

        // when the day before has come
        kalenner.clock.set(TUESDAY_TEN.minus(Duration.ofHours(24)));
        assertThat(kalenner.core.sendDueReminders().sendDue()).isEqualTo(1);

        // then
        ChatMessage toClient = boris.awaitBotMessage(m -> m.text().startsWith("⏰ Напоминание о записи"), Duration.ofSeconds(10));
        assertThat(toClient.text()).contains("01.12.2026 10:00", "Анна", "Консультация", "🟢 Принято");
        assertThat(buttons(toClient)).containsExactly("Отменить");
        ChatMessage toSpecialist = anna.awaitBotMessage(m -> m.text().startsWith("⏰ Напоминание о записи"), Duration.ofSeconds(10));
        assertThat(toSpecialist.text()).contains("01.12.2026 10:00", "Борис", "Консультация");
        assertThat(buttons(toSpecialist)).isEmpty();

        // when Борис cancels from the reminder, confirming
        boris.pressButton("Отменить");
        boris.awaitBotMessage(m -> m.edited() && m.text().startsWith("Отменить эту запись?"));
        boris.pressButton("Да, отменить");

        // then it is cancelled, Анна is told, and the hour-before reminder never comes
        boris.awaitBotMessage(m -> m.edited() && m.text().contains("Отменено"));
        assertThat(kalenner.core.ports().appointments().findById(appointment.id()).get().status()).isEqualTo(AppointmentStatus.CANCELLED);
        anna.awaitBotMessage(m -> m.text().startsWith("Запись отменена") && m.text().contains("Борис"), Duration.ofSeconds(10));
        kalenner.clock.set(TUESDAY_TEN.minus(Duration.ofHours(1)));
        assertThat(kalenner.core.sendDueReminders().sendDue()).isZero();
    }
}
