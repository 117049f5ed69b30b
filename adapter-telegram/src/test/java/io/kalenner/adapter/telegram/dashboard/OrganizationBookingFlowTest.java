package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.booking.AddService;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Booking with an organization: after the service the client picks one of its specialists, or
 * {@code Любой} for whoever is free at the time; the request goes to that specialist (D76). The
 * organization removes a specialist (D77); a specialist declines a service it does not perform (D78).
 */
class OrganizationBookingFlowTest extends ProviderBotFlow {

    private TelegramUser school;
    private Account organization;
    private Account dina;
    private Account eva;
    private TelegramUser evaUser;
    private TelegramUser dinaUser;

    private TelegramUser schoolWithTwoMembersAndAClient(String language, String clientName) {
        school = kalenner.user("Школа", language);
        organization = kalenner.provider(school, ProviderKind.ORGANIZATION);
        kalenner.core.addService().add(organization.id(), new AddService.Command("Урок", Duration.ofMinutes(60), Money.of(250_000, "RUB"))).get();
        dinaUser = kalenner.user("Дина", language);
        dina = kalenner.memberOf(dinaUser, organization);
        evaUser = kalenner.user("Ева", language);
        eva = kalenner.memberOf(evaUser, organization);
        TelegramUser client = kalenner.user(clientName, language);
        kalenner.clientOf(client, organization);
        return client;
    }

    /** Provider and service, up to the question whom to book with, as it then reads. */
    private static ChatMessage upToTheSpecialists(TelegramUser client, String menu) {
        client.pressReplyButton(menu);
        client.awaitBotMessage(m -> buttons(m).contains("🏫 Школа"));
        client.pressButton("🏫 Школа");
        client.awaitBotMessage(m -> buttons(m).stream().anyMatch(b -> b.startsWith("Урок")));
        client.pressButton(buttons(client.lastBotMessage()).stream().filter(b -> b.startsWith("Урок")).findFirst().orElseThrow());
        return client.awaitBotMessage(m -> buttons(m).stream().anyMatch(b -> b.equals("Любой") || b.equals("Any")));
    }

    /** Provider, service and specialist; the labels are the client's language's. */
    private static void upToTheDates(TelegramUser client, String menu, String specialist) {
        upToTheSpecialists(client, menu);
        client.pressButton(specialist);
    }

    private List<Appointment> booked(TelegramUser client) {
        Account account = kalenner.account(client);
        return kalenner.core.viewAppointment().upcomingOfClient(account.id()).map(view -> view.appointment()).toJavaList();
    }

    @Test
    void aClientBooksAChosenSpecialistThenAnyFreeOneAndATimeBothHoldIsOfferedNoMore() {
        // given Школа with Дина and Ева, both free on weekdays from 09:00 to 18:00
        TelegramUser boris = schoolWithTwoMembersAndAClient("ru", "Борис");

        // when Борис asks for Ева, on Tuesday at 10:00
        boris.pressReplyButton("Запросить запись");
        boris.awaitBotText("Выберите специалиста или организацию");
        boris.pressButton("🏫 Школа");
        boris.awaitBotText("Выберите услугу");
        boris.pressButton("Урок · 60 мин · 2500 ₽");
        ChatMessage whom = boris.awaitBotText("Выберите специалиста или «Любой»");
        assertThat(buttons(whom)).containsExactly("👤 Дина", "👤 Ева", "Любой");
        boris.pressButton("👤 Ева");
        boris.awaitBotText("Выберите дату");
        boris.pressButton("Вт 01.12");
        boris.awaitBotText("выберите время");
        boris.pressButton("10:00");
        assertThat(boris.awaitBotText("Проверьте запись").text()).contains("Школа", "Урок", "01.12.2026 10:00", "Специалист: Ева");
        boris.pressButton("Подтвердить");

        // then the request is Ева's
        assertThat(boris.awaitBotText("Запрос отправлен").text()).contains("Специалист: Ева");
        assertThat(booked(boris)).singleElement().satisfies(appointment -> assertThat(appointment.specialist()).isEqualTo(eva.id()));

        // when he asks for anyone at the same time
        upToTheDates(boris, "Запросить запись", "Любой");
        boris.awaitBotText("Выберите дату");
        boris.pressButton("Вт 01.12");
        boris.awaitBotText("выберите время");
        boris.pressButton("10:00");
        assertThat(boris.awaitBotText("Проверьте запись").text()).contains("Специалист: любой свободный");
        boris.pressButton("Подтвердить");

        // then it went to Дина, the one still free then
        assertThat(boris.awaitBotText("Запрос отправлен").text()).contains("Специалист: Дина");
        assertThat(booked(boris)).extracting(Appointment::specialist).containsExactlyInAnyOrder(eva.id(), dina.id());

        // and anyone at 10:00 that Tuesday is offered no more, while 11:00 is
        upToTheDates(boris, "Запросить запись", "Любой");
        boris.awaitBotText("Выберите дату");
        boris.pressButton("Вт 01.12");
        ChatMessage times = boris.awaitBotText("выберите время");
        assertThat(buttons(times)).doesNotContain("10:00").contains("11:00");
    }

    @Test
    void inEnglishTheClientPicksAnyAndIsToldSo() {
        // given
        TelegramUser walter = schoolWithTwoMembersAndAClient("en", "Walter");

        // when
        upToTheDates(walter, "Request appointment", "Any");
        walter.awaitBotText("Choose a date");
        walter.pressButton("Tue 01.12");
        walter.awaitBotText("choose a time");
        walter.pressButton("10:00");

        // then
        assertThat(walter.awaitBotText("Specialist: any free one").text()).contains("Урок");
        walter.pressButton("Confirm");
        assertThat(walter.awaitBotText("Specialist: Дина").text()).contains("01.12.2026 10:00");
    }

    @Test
    void theOrganizationRemovesASpecialistWhoKeepsItsAppointmentButIsNoLongerOfferedNorSeesTheClients() {
        // given Ева has a request from Борис on Tuesday
        TelegramUser boris = schoolWithTwoMembersAndAClient("ru", "Борис");
        Appointment withEva = kalenner.core.requestAppointment().request(kalenner.account(boris).id(),
                new io.kalenner.application.booking.RequestAppointment.Command(
                        kalenner.core.listServices().services(organization.id(), organization.id()).get().single().id(),
                        ProviderBot.TUESDAY_TEN, io.vavr.control.Option.some(eva.id()))).get();

        // when Школа opens Специалисты, picks Ева and removes her
        school.pressReplyButton("Кабинет");
        school.awaitBotText("Кабинет");
        school.pressButton("Специалисты");
        ChatMessage list = school.awaitBotText("Специалисты организации (2)");
        assertThat(buttons(list)).containsExactly("1. Дина", "2. Ева", "« Кабинет");
        school.pressButton("2. Ева");
        assertThat(buttons(school.awaitBotText("Убрать Ева из организации?"))).containsExactly("Убрать", "« Специалисты");
        school.pressButton("Убрать");

        // then she is gone, and her Tuesday is named as still hers
        ChatMessage removed = school.awaitBotText("Ева больше не в организации.");
        assertThat(removed.text()).contains("Предстоящие записи к этому специалисту остались (1)", "01.12.2026 10:00 · Борис · Урок",
                "Специалисты организации (1)");
        assertThat(buttons(removed)).containsExactly("1. Дина", "« Кабинет");
        assertThat(kalenner.core.viewAppointment().view(eva.id(), withEva.id()).get().specialist()).isEqualTo(eva);

        // and Борис is offered Дина and Любой only, while Ева's Клиенты has him no more
        assertThat(buttons(upToTheSpecialists(boris, "Запросить запись"))).containsExactly("👤 Дина", "Любой");
        evaUser.pressReplyButton("Кабинет");
        evaUser.awaitBotText("Кабинет");
        evaUser.pressButton("Клиенты");
        evaUser.awaitBotText("У вас пока нет клиентов");
    }

    @Test
    void aMemberWhoDeclinesTheServiceIsNoLongerOfferedForItUntilItTakesItUpAgain() {
        // given Дина opens Услуги: she performs Школа's Урок, as every member does at first
        TelegramUser boris = schoolWithTwoMembersAndAClient("ru", "Борис");
        dinaUser.pressReplyButton("Кабинет");
        dinaUser.awaitBotText("Кабинет");
        dinaUser.pressButton("Услуги");
        ChatMessage services = dinaUser.awaitBotText("Услуги организации «Школа»");
        assertThat(services.text()).contains("✅ Урок");
        assertThat(buttons(services)).contains("✅ Урок");

        // when she declines it
        dinaUser.pressButton("✅ Урок");

        // then she is told, the button offers it back, and Борис is offered Ева and Любой only
        ChatMessage declined = dinaUser.awaitBotText("Вы больше не выполняете «Урок»");
        assertThat(declined.text()).contains("⬜ Урок");
        assertThat(buttons(declined)).contains("⬜ Урок").doesNotContain("✅ Урок");
        assertThat(buttons(upToTheSpecialists(boris, "Запросить запись"))).containsExactly("👤 Ева", "Любой");

        // when she takes it up again, she is offered again
        dinaUser.pressButton("⬜ Урок");
        dinaUser.awaitBotText("Теперь вы выполняете «Урок»");
        assertThat(buttons(upToTheSpecialists(boris, "Запросить запись"))).containsExactly("👤 Дина", "👤 Ева", "Любой");
    }
}
