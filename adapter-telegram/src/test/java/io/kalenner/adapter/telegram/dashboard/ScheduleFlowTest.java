package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_NOON;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_TEN;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.booking.AddScheduleException;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.schedule.ScheduleException;
import io.kalenner.domain.service.Service;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** {@code Кабинет} → {@code Расписание}: the specialist's own week, working time after exceptions and the appointments in it (D62, D63). */
class ScheduleFlowTest extends ProviderBotFlow {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

    private void except(Account provider, ScheduleException exception) {
        kalenner.core.addScheduleException().add(provider.id(), new AddScheduleException.Command(exception)).get();
    }

    @Test
    void theSpecialistSeesItsWeekWithExceptionsAndAppointmentsAndPagesToTheNext() {
        // given: Анна works Mon–Fri 09:00–18:00, is away Tuesday 13:00–14:00 and off on Thursday;
        // on Tuesday Борис asked for 10:00 and Вера has 12:00 accepted
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service consultation = kalenner.specialistWithService(specialist);
        except(specialist, ScheduleException.absence(TUESDAY, TUESDAY, LocalTime.of(13, 0), LocalTime.of(14, 0)).get());
        except(specialist, new ScheduleException.Holiday(TUESDAY.plusDays(2)));
        kalenner.request(kalenner.clientOf(kalenner.user("Борис", "ru"), specialist), consultation, TUESDAY_TEN);
        var vera = kalenner.request(kalenner.clientOf(kalenner.user("Вера", "ru"), specialist), consultation, TUESDAY_NOON);
        kalenner.core.answerRequest().accept(specialist.id(), vera.id()).get();

        // when
        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Расписание");

        // then: this week from today, Monday, in her own time setting
        ChatMessage week = anna.awaitBotText("🗓 Расписание");
        assertThat(week.text()).startsWith("🗓 Расписание: Пн 30.11 – Вс 06.12\n\n")
                .contains("Пн 30.11: 09:00–18:00\n\n")
                .contains("Вт 01.12: 09:00–13:00, 14:00–18:00\n"
                        + "• 10:00 🟡 Ожидает · Борис · Консультация\n"
                        + "• 12:00 🟢 Принято · Вера · Консультация\n\n")
                .contains("Чт 03.12: не работаю")
                .endsWith("Вс 06.12: не работаю");
        assertThat(buttons(week)).containsExactly("◀ Неделя назад", "Неделя вперёд ▶", "« Кабинет");

        // when: a week on
        anna.pressButton("Неделя вперёд ▶");

        // then
        ChatMessage next = anna.awaitBotText("Расписание: Пн 07.12 – Вс 13.12");
        assertThat(next.text()).contains("Вт 08.12: 09:00–18:00").doesNotContain("Борис");
    }

    @Test
    void anEnglishSpeakingSpecialistReadsItInEnglish() {
        // given
        TelegramUser zoe = kalenner.user("Zoe", "en");
        kalenner.specialistWithService(kalenner.provider(zoe, ProviderKind.SPECIALIST));

        // when
        zoe.pressReplyButton("Dashboard");
        zoe.awaitBotText("Dashboard");
        zoe.pressButton("Schedule");

        // then
        ChatMessage week = zoe.awaitBotText("🗓 Schedule");
        assertThat(week.text()).startsWith("🗓 Schedule: Mon 30.11 – Sun 06.12\n\n").contains("Mon 30.11: 09:00–18:00", "Sat 05.12: not working");
        assertThat(buttons(week)).containsExactly("◀ Week before", "Week after ▶", "« Dashboard");
    }
}
