package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.ReminderLeads;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The dashboard's {@code Напоминания}: the leads shown, typed in one line, refused when out of range, turned off. */
class RemindersSettingsFlowTest extends ProviderBotFlow {

    @Test
    void leadsAreShownTypedInOneLineRefusedOutOfRangeAndTurnedOff() {
        // given Анна with the default leads
        TelegramUser anna = specialistIn("Анна", "ru", "Кабинет", "Напоминания", "напоминание о подтверждённой записи за: 24 ч, 1 ч.");
        Account specialist = kalenner.account(anna);
        ChatMessage shown = anna.lastBotMessage();
        assertThat(buttons(shown)).containsExactly("Изменить", "Выключить", "🔔 Сообщать о документах клиентов", "« Кабинет");

        // when she types a line that cannot be read, then one out of range
        anna.pressButton("Изменить");
        assertThat(anna.awaitBotText("За сколько до записи напоминать").text()).contains("Сейчас: 24 ч, 1 ч.");
        anna.sendText("завтра утром");
        anna.awaitBotText("Не удалось прочитать строку");
        anna.sendText("3д");
        assertThat(anna.awaitBotText("Неверные данные.").text()).contains("От 15 минут до 2 дней");

        // then nothing changed, and the question still takes a good line
        assertThat(leads(specialist)).isEqualTo(ReminderLeads.DEFAULT);
        anna.sendText("24ч, 1ч, 30м");
        assertThat(anna.awaitBotText("Напоминания сохранены.").text()).contains("за: 24 ч, 1 ч, 30 мин.");
        assertThat(leads(specialist).leads()).containsExactly(Duration.ofHours(24), Duration.ofHours(1), Duration.ofMinutes(30));

        // when she turns them off
        anna.pressButton("Выключить");

        // then
        assertThat(buttons(anna.awaitBotText("Напоминания о записях выключены."))).containsExactly("Включить", "🔔 Сообщать о документах клиентов", "« Кабинет");
        assertThat(leads(specialist).leads()).isEmpty();
    }

    @Test
    void inEnglishLeadsAreTypedWithLatinUnits() {
        TelegramUser anna = specialistIn("Anna", "en", "Dashboard", "Reminders", "accepted appointment: 24 h, 1 h before.");
        Account specialist = kalenner.account(anna);
        anna.pressButton("Change");
        anna.awaitBotText("How long before an appointment");
        anna.sendText("10m");
        assertThat(anna.awaitBotText("From 15 minutes to 2 days").text()).doesNotContain("saved");
        anna.sendText("2d 2h");
        anna.awaitBotText("Reminders are saved.");
        assertThat(leads(specialist).leads()).containsExactly(Duration.ofDays(2), Duration.ofHours(2));
    }

    private ReminderLeads leads(Account provider) {
        return kalenner.core.setReminders().current(provider.id()).get();
    }
}
