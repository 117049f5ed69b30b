package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_NOON;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_TEN;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.hasButton;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.service.Service;
import io.kalenner.sandbox.botapi.CallbackAnswer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** {@code Кабинет} → {@code Заявки}: accept, reject with a typed reason or without, a request the client cancelled meanwhile. */
class RequestsFlowTest extends ProviderBotFlow {

    @Test
    void theDashboardShowsItsSectionsWithTheRequestCount() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service service = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        kalenner.request(kalenner.clientOf(boris, specialist), service, TUESDAY_TEN);
        anna.awaitBotText("Новая заявка");

        anna.pressReplyButton("Кабинет");

        ChatMessage dashboard = anna.awaitBotText("1 новая заявка");
        assertThat(buttons(dashboard)).containsExactly("Заявки (1)", "Записи клиентов", "Услуги", "Рабочие часы",
                "Пригласить клиента", "Клиенты", "Профиль", "Напоминания", "Пакеты", "Условия", "Расписание");

        TelegramUser school = kalenner.user("Школа", "ru");
        kalenner.provider(school, ProviderKind.ORGANIZATION);
        school.pressReplyButton("Кабинет");
        assertThat(buttons(school.awaitBotText("Кабинет"))).containsExactly("Заявки (0)", "Записи клиентов", "Услуги", "Рабочие часы",
                "Пригласить клиента", "Клиенты", "Профиль", "Напоминания", "Пакеты", "Условия", "Расписание", "Специалисты", "Пригласить специалиста");
    }

    @Test
    void theSpecialistAcceptsOneRequestAndRejectsAnotherWithAReason() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service service = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        TelegramUser vera = kalenner.user("Вера", "ru");
        Account borisAccount = kalenner.clientOf(boris, specialist);
        Account veraAccount = kalenner.clientOf(vera, specialist);
        Appointment later = kalenner.request(veraAccount, service, TUESDAY_NOON);
        Appointment sooner = kalenner.request(borisAccount, service, TUESDAY_TEN);
        anna.awaitBotText("Вера");
        anna.awaitBotText("Борис");

        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("2 новые заявки");
        anna.pressButton("Заявки (2)");
        ChatMessage list = anna.awaitBotText("Заявки (2)");
        assertThat(list.text()).containsSubsequence("1. 01.12.2026 10:00 · Борис · Консультация", "2. 01.12.2026 12:00 · Вера · Консультация");

        anna.pressButton("01.12 10:00 · Борис");
        ChatMessage request = anna.awaitBotText("Заявка на запись");
        assertThat(request.text()).contains("01.12.2026 10:00", "Борис", "Консультация", "🟡 Ожидает", "3000 ₽");
        anna.pressButton("Принять");
        assertThat(anna.awaitCallbackAnswer().text()).isEqualTo("🟢 Принято");
        assertThat(anna.awaitBotText("🟢 Принято").inlineButtonLabels()).containsExactly(java.util.List.of("« Заявки"));
        boris.awaitBotMessage(m -> m.text().contains("подтверждена") && m.text().contains("01.12.2026 10:00"));

        anna.pressButton("« Заявки");
        assertThat(anna.awaitBotText("Заявки (1)").text()).contains("Вера").doesNotContain("Борис");
        anna.pressButton("01.12 12:00 · Вера");
        anna.awaitBotText("Вера");
        anna.pressButton("Отклонить");
        ChatMessage question = anna.awaitBotText("причину отказа");
        assertThat(buttons(question)).contains("Пропустить");
        anna.sendText("Заболела, извините");
        assertThat(anna.awaitBotText("🔴 Отклонено").text()).contains("Причина: Заболела, извините");
        vera.awaitBotMessage(m -> m.text().contains("отклонён") && m.text().contains("Причина: Заболела, извините"));
        assertThat(kalenner.core.viewAppointment().view(specialist.id(), later.id()).get().appointment().status())
                .isEqualTo(AppointmentStatus.REJECTED);

        // the dialogue is over: a menu label is a menu label again
        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("0 новых заявок");

        // the request notification's Принять is stale now: answered, nothing changes
        anna.pressButton("Принять");
        assertThat(anna.awaitCallbackAnswer().text()).contains("Статус записи уже изменился");
        assertThat(kalenner.core.viewAppointment().view(specialist.id(), sooner.id()).get().appointment().status())
                .isEqualTo(AppointmentStatus.ACCEPTED);
    }

    @Test
    void aRequestTheClientCancelledMeanwhileIsAnsweredSo() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service service = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        Account client = kalenner.clientOf(boris, specialist);
        Appointment appointment = kalenner.request(client, service, TUESDAY_TEN);
        anna.awaitBotText("Новая заявка");
        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("1 новая заявка");
        anna.pressButton("Заявки (1)");
        anna.awaitBotText("Заявки (1)");
        anna.pressButton("01.12 10:00 · Борис");
        anna.awaitBotText("Заявка на запись");

        kalenner.core.cancelAppointment().cancel(client.id(), appointment.id(), Option.none()).get();
        anna.pressButton("Отклонить");

        CallbackAnswer answer = anna.awaitCallbackAnswer();
        assertThat(answer.text()).isEqualTo("Статус записи уже изменился, это действие недоступно.");
        assertThat(answer.showAlert()).isTrue();
        ChatMessage shown = anna.awaitBotText("Отменено");
        assertThat(hasButton(shown, "Принять")).isFalse();
        // no question waits: a typed text is not taken for a reason
        anna.sendText("что-то");
        anna.awaitBotText("Не понял сообщение");
    }

    @Test
    void anEnglishSpeakingSpecialistRejectsWithoutAReason() {
        TelegramUser emma = kalenner.user("Emma", "en");
        Account specialist = kalenner.provider(emma, ProviderKind.SPECIALIST);
        Service service = kalenner.specialistWithService(specialist);
        TelegramUser john = kalenner.user("John", "en");
        Appointment appointment = kalenner.request(kalenner.clientOf(john, specialist), service, TUESDAY_TEN);
        emma.awaitBotText("New appointment request");

        emma.pressReplyButton("Dashboard");
        emma.awaitBotText("1 new request");
        emma.pressButton("Requests (1)");
        assertThat(emma.awaitBotText("Requests (1)").text()).contains("01.12.2026 10:00 · John · Консультация");
        emma.pressButton("01.12 10:00 · John");
        assertThat(emma.awaitBotText("Appointment request").text()).contains("🟡 Pending", "Price: 3000 RUB");
        emma.pressButton("Reject");
        emma.awaitBotText("reason for rejecting");
        emma.sendText(" ");
        emma.pressButton("Skip");
        assertThat(emma.awaitCallbackAnswer().text()).isEqualTo("🔴 Rejected");
        emma.awaitBotText("🔴 Rejected");
        john.awaitBotMessage(m -> m.text().contains("rejected") && !m.text().contains("Reason"));
        assertThat(kalenner.core.viewAppointment().view(specialist.id(), appointment.id()).get().appointment().reason()).isEmpty();
    }
}
