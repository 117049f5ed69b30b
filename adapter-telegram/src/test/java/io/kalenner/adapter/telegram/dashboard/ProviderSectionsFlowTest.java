package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_NOON;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_TEN;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.telegram.TelegramSettings;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Slug;
import io.kalenner.domain.profile.Theme;

import io.kalenner.application.booking.AddService;
import io.kalenner.application.booking.EditService;
import io.kalenner.domain.profile.WebLink;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.service.Service;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Map;
import io.vavr.control.Option;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's other sections: client appointments and payments, services (with what clients see of their
 * descriptions and payment links), working hours, clients and specialists.
 */
class ProviderSectionsFlowTest extends ProviderBotFlow {

    @Test
    void clientAppointmentsArePaidCancelledAndClosed() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service service = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        Account client = kalenner.clientOf(boris, specialist);
        Appointment first = kalenner.request(client, service, TUESDAY_TEN);
        Appointment second = kalenner.request(client, service, TUESDAY_NOON);
        kalenner.core.answerRequest().accept(specialist.id(), first.id()).get();
        kalenner.core.answerRequest().accept(specialist.id(), second.id()).get();
        boris.awaitBotText("подтверждена");

        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("2 предстоящие записи клиентов");
        anna.pressButton("Записи клиентов");
        assertThat(anna.awaitBotText("Записи клиентов (2)").text())
                .containsSubsequence("1. 01.12.2026 10:00 · Борис", "2. 01.12.2026 12:00 · Борис");
        anna.pressButton("01.12 10:00 · Борис");
        ChatMessage detail = anna.awaitBotText("Запись клиента");
        assertThat(detail.text()).contains("🟢 Принято", "Цена: 3000 ₽ · оплачено: 0 ₽ · остаток: 3000 ₽");
        assertThat(buttons(detail)).containsExactly("Отменить", "Оплата", "« Записи клиентов");

        anna.pressButton("Оплата");
        anna.awaitBotText("Сколько получено");
        anna.sendText("abc");
        assertThat(anna.awaitBotText("Нужна сумма").text()).isEqualTo("Нужна сумма больше нуля, числом в ₽: например 1500 или 1500.50.");
        anna.sendText("-5");
        anna.awaitBotText("Нужна сумма");
        anna.sendText("1500.50");
        assertThat(anna.awaitBotText("Оплата записана").text()).contains("Цена: 3000 ₽", "Оплачено: 1500.5 ₽", "Остаток: 1499.5 ₽");
        boris.awaitBotText("Получена оплата");
        assertThat(kalenner.core.viewAppointment().view(specialist.id(), first.id()).get().appointment().paid())
                .isEqualTo(Money.of(150050, "RUB"));

        anna.pressButton("« Записи клиентов");
        anna.awaitBotText("Записи клиентов (2)");
        anna.pressButton("01.12 12:00 · Борис");
        anna.awaitBotText("12:00");
        anna.pressButton("Отменить");
        assertThat(anna.awaitCallbackAnswer().text()).isEqualTo("Отменено");
        boris.awaitBotText("Запись отменена");

        // after the start the appointment is closed, not cancelled
        kalenner.clock.set(TUESDAY_TEN.plus(Duration.ofMinutes(90)));
        anna.pressButton("« Записи клиентов");
        assertThat(anna.awaitBotText("Записи клиентов (1)").text()).doesNotContain("12:00");
        anna.pressButton("01.12 10:00 · Борис");
        assertThat(buttons(anna.awaitBotText("Запись клиента"))).containsExactly("Завершено", "Пропущено", "Оплата", "« Записи клиентов");
        anna.pressButton("Завершено");
        assertThat(anna.awaitCallbackAnswer().text()).isEqualTo("Завершено");
        boris.awaitBotText("Запись завершена");
        assertThat(kalenner.core.viewAppointment().view(specialist.id(), first.id()).get().appointment().status())
                .isEqualTo(AppointmentStatus.COMPLETED);
        // a second press of a button that no longer fits is answered and changes nothing
        anna.pressButton("Оплата");
        anna.awaitBotText("Сколько получено");
        anna.sendText("/start");
        anna.awaitBotMessage(m -> !m.replyKeyboard().isEmpty());
        anna.sendText("100");
        anna.awaitBotText("Не понял сообщение");
    }

    @Test
    void servicesAreAddedEditedAndArchived() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);

        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Услуги");
        anna.awaitBotText("пока нет услуг");
        anna.pressButton("Добавить услугу");
        anna.awaitBotText("Как она называется");
        anna.sendText("Массаж спины");
        anna.awaitBotText("Сколько минут длится «Массаж спины»");
        anna.sendText("полтора часа");
        anna.awaitBotText("Нужна длительность в минутах");
        anna.sendText("0");
        anna.awaitBotText("Нужна длительность в минутах");
        anna.sendText("90");
        anna.awaitBotText("Сколько стоит «Массаж спины»");
        anna.sendText("дорого");
        anna.awaitBotText("Нужна цена числом");
        anna.sendText("2500");
        assertThat(buttons(anna.awaitBotText("Опишите «Массаж спины» для клиентов"))).containsExactly("Пропустить");
        anna.pressButton("Пропустить");
        anna.awaitBotText("Ссылка на оплату этой услуги");
        anna.pressButton("Пропустить");
        ChatMessage added = anna.awaitBotText("Услуга добавлена: Массаж спины · 90 мин · 2500 ₽");
        assertThat(buttons(added)).containsExactly("Массаж спины · 90 мин · 2500 ₽", "Добавить услугу", "« Кабинет");
        // a Пропустить pressed again, when no question waits, is stale and adds nothing
        anna.pressButton("Пропустить");
        assertThat(anna.awaitCallbackAnswer().text()).isEqualTo("Эта кнопка устарела. Начните заново из меню.");
        assertThat(kalenner.core.listServices().services(specialist.id(), specialist.id()).get()).hasSize(1);

        anna.pressButton("Массаж спины · 90 мин · 2500 ₽");
        assertThat(buttons(anna.awaitBotText("Длительность: 90 мин"))).containsExactly("Изменить", "В архив", "« Услуги");
        anna.pressButton("Изменить");
        anna.awaitBotText("Что изменить");
        anna.pressButton("Цена");
        anna.awaitBotText("Новая цена «Массаж спины» (сейчас 2500 ₽)");
        anna.sendText("30 EUR");
        assertThat(anna.awaitBotText("Услуга изменена").text()).contains("Цена: 30 €");
        anna.pressButton("Изменить");
        anna.awaitBotText("Что изменить");
        anna.pressButton("Название");
        anna.awaitBotText("Новое название");
        anna.sendText("Массаж");
        anna.awaitBotText("Услуга изменена");
        Service service = kalenner.core.listServices().services(specialist.id(), specialist.id()).get().single();
        assertThat(service.name()).isEqualTo("Массаж");
        assertThat(service.duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(service.price()).isEqualTo(Money.of(3000, "EUR"));

        anna.pressButton("В архив");
        anna.awaitBotText("Услуга «Массаж» в архиве");
        assertThat(kalenner.core.listServices().services(specialist.id(), specialist.id()).get()).isEmpty();
    }

    @Test
    void inEnglishTheProviderGivesTwoServicesTheirOwnLinksAndTheClientPaysFromAListAndReadsTheDescriptions() {
        // given
        TelegramUser anna = kalenner.user("Anna", "en");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        openDashboardSection(anna, "Dashboard", "Services").contains("no services yet");
        TelegramUser boris = kalenner.user("Boris", "en");
        kalenner.clientOf(boris, specialist);

        // when: the provider adds a service with both, a bad link told and asked again
        assertThat(buttons(addInEnglish(anna, "Yoga", "60", "30 EUR"))).containsExactly("Skip");
        anna.sendText("Gentle stretching <b>for</b> beginners.\nBring a mat.");
        assertThat(buttons(anna.awaitBotText("A payment link for this service"))).containsExactly("Skip");
        anna.sendText("javascript:alert(1)");
        anna.awaitBotText("Please send a link starting with https://");
        anna.sendText("https://pay.example/yoga");
        anna.awaitBotText("Service added: Yoga · 60 min · 30 €");
        // and a second one with a link of its own, skipping the description
        addInEnglish(anna, "Massage", "90", "50 EUR");
        anna.pressButton("Skip");
        anna.awaitBotText("A payment link for this service");
        anna.sendText("https://pay.example/massage");
        anna.awaitBotText("Service added: Massage");

        // then
        Map<String, Service> services = kalenner.core.listServices().services(specialist.id(), specialist.id()).get()
                .toJavaMap(java.util.LinkedHashMap::new, Service::name, s -> s);
        assertThat(services.get("Yoga").description()).containsExactly("Gentle stretching <b>for</b> beginners.\nBring a mat.");
        assertThat(services.get("Yoga").paymentLink()).containsExactly(new WebLink("https://pay.example/yoga"));
        assertThat(services.get("Massage").description()).isEmpty();
        assertThat(services.get("Massage").paymentLink()).containsExactly(new WebLink("https://pay.example/massage"));

        // the client's card has Pay, which lists a link per service
        ChatMessage card = pickProvider(boris, "Specialists list", "👤 Anna", "Choose an action");
        assertThat(buttons(card)).containsExactly("Chat", "Terms", "Documents", "Pay", "« Specialists list");
        boris.pressButton("Pay");
        ChatMessage pay = boris.awaitBotText("Choose the service you want to pay for");
        assertThat(pay.urlButtons()).containsExactly(Map.entry("Massage · 90 min · 50 €", "https://pay.example/massage"),
                Map.entry("Yoga · 60 min · 30 €", "https://pay.example/yoga"));
        assertThat(boris.pressButton("Yoga · 60 min · 30 €")).contains("https://pay.example/yoga");
        boris.pressButton("« Back");
        boris.awaitBotText("Choose an action");

        // the booking's service question shows the description, as plain text
        ChatMessage serviceStep = pickProvider(boris, "Request appointment", "👤 Anna", "Choose a service");
        assertThat(serviceStep.text()).isEqualTo("Choose a service:\n\n▫️ Yoga: Gentle stretching <b>for</b> beginners.\nBring a mat.");
    }

    @Test
    void oneLinkSharedByTheServicesIsTheCardsOwnOplatitButtonAndWithoutLinksThereIsNone() {
        // given
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service consultation = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        kalenner.clientOf(boris, specialist);
        assertThat(buttons(pickProvider(boris, "Список специалистов", "👤 Анна", "Выберите действие"))).doesNotContain("Оплатить");
        boris.pressButton("« Список специалистов");
        boris.awaitBotText("Ваши специалисты и организации:");

        // when
        kalenner.core.editService().edit(specialist.id(), new EditService.Command(consultation.id(),
                Option.none(), Option.none(), Option.none(), Option.none(), Option.some("https://pay.example/anna"))).get();
        kalenner.core.addService().add(specialist.id(), new AddService.Command("Диагностика", Duration.ofMinutes(30), Money.of(100000, "RUB"),
                "", "https://pay.example/anna")).get();
        boris.pressButton("👤 Анна");

        // then
        ChatMessage card = boris.awaitBotText("Выберите действие");
        assertThat(buttons(card)).containsExactly("Чат", "Условия", "Документы", "Оплатить", "« Список специалистов");
        assertThat(card.urlButtons()).containsExactly(Map.entry("Оплатить", "https://pay.example/anna"));
    }

    @Test
    void theProviderChangesAndRemovesTheDescriptionAndPaymentLinkOfAService() {
        // given
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service consultation = kalenner.specialistWithService(specialist);
        openDashboardSection(anna, "Кабинет", "Услуги").contains("Ваши услуги");
        anna.pressButton("Консультация · 60 мин · 3000 ₽");
        anna.awaitBotText("Длительность: 60 мин");

        // when: both are set
        anna.pressButton("Изменить");
        assertThat(buttons(anna.awaitBotText("Что изменить"))).contains("Описание", "Ссылка на оплату");
        anna.pressButton("Описание");
        assertThat(buttons(anna.awaitBotText("Новое описание «Консультация», до 1000 символов (сейчас: нет)"))).containsExactly("« Услуги");
        anna.sendText("x".repeat(Service.MAX_DESCRIPTION_LENGTH + 1));
        anna.awaitBotText("Описание слишком длинное: не больше 1000 символов");
        anna.sendText("Первая встреча");
        assertThat(anna.awaitBotText("Услуга изменена").text()).contains("Описание: Первая встреча");
        anna.pressButton("Изменить");
        anna.awaitBotText("Что изменить");
        anna.pressButton("Ссылка на оплату");
        anna.awaitBotText("Новая ссылка на оплату «Консультация» (сейчас: нет)");
        anna.sendText("pay.example/anna");
        anna.awaitBotText("Нужна ссылка, начинающаяся с https://");
        anna.sendText("https://pay.example/anna");
        assertThat(anna.awaitBotText("Услуга изменена").text()).contains("Описание: Первая встреча", "Ссылка на оплату: https://pay.example/anna");

        // then: each is removed with Убрать, the other staying
        anna.pressButton("Изменить");
        anna.awaitBotText("Что изменить");
        anna.pressButton("Ссылка на оплату");
        assertThat(buttons(anna.awaitBotText("(сейчас: https://pay.example/anna)"))).containsExactly("Убрать", "« Услуги");
        anna.pressButton("Убрать");
        ChatMessage changed = anna.awaitBotText("Услуга изменена");
        assertThat(changed.text()).contains("Описание: Первая встреча").doesNotContain("Ссылка на оплату");
        Service stored = kalenner.core.listServices().service(specialist.id(), consultation.id()).get();
        assertThat(stored.description()).containsExactly("Первая встреча");
        assertThat(stored.paymentLink()).isEmpty();
        anna.pressButton("Изменить");
        anna.awaitBotText("Что изменить");
        anna.pressButton("Описание");
        anna.awaitBotText("(сейчас: Первая встреча)");
        anna.pressButton("Убрать");
        anna.awaitBotText("Услуга изменена");
        assertThat(kalenner.core.listServices().service(specialist.id(), consultation.id()).get())
                .isEqualTo(consultation.withDescription(Option.none()));
    }

    @Test
    void workingHoursAreTypedInOneLineAndTheOtherSettingsStay() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Schedule before = new Schedule(Schedule.empty().hours(), Duration.ofMinutes(15), Duration.ofHours(4), Duration.ofDays(30),
                io.vavr.control.Option.none());
        kalenner.core.setSchedule().set(specialist.id(), before).get();

        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Рабочие часы");
        assertThat(anna.awaitBotText("Рабочие часы").text()).contains("Пн: выходной", "Вс: выходной", "Часы не заданы");
        anna.pressButton("Изменить часы");
        anna.awaitBotText("одной строкой");
        anna.sendText("пн-пт 09:00-18:00, сб 10-14");
        assertThat(anna.awaitBotText("Не получилось прочитать часы").text())
                .contains("символ 23", "«10-14»", "время в виде ЧЧ:ММ-ЧЧ:ММ");
        anna.sendText("пн-пт 09:00-18:00, сб 10:00-14:00");

        ChatMessage saved = anna.awaitBotText("Рабочие часы сохранены");
        assertThat(saved.text()).contains("Пн: 09:00–18:00", "Пт: 09:00–18:00", "Сб: 10:00–14:00", "Вс: выходной");
        Schedule after = kalenner.core.ports().schedules().of(specialist.id());
        assertThat(after.hours().on(DayOfWeek.SATURDAY)).hasSize(1);
        assertThat(after.buffer()).isEqualTo(before.buffer());
        assertThat(after.minimumNotice()).isEqualTo(before.minimumNotice());
        assertThat(after.horizon()).isEqualTo(before.horizon());
    }

    @Test
    void holidaysVacationsAbsencesAndOverridesAreTypedInOneLineListedAndRemoved() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = specialistOnWorkingHours(anna, "Кабинет", "Рабочие часы", "Исключений нет");
        askForAnException(anna);
        anna.sendText("31.13.2026");
        assertThat(anna.awaitBotText("Не получилось прочитать исключение").text()).contains("символ 1", "«31.13.2026»", "дата в виде ДД.ММ.ГГГГ");
        anna.sendText("05.12.2026 13:00-");
        assertThat(anna.awaitBotText("символ 18").text()).contains("время в виде ЧЧ:ММ-ЧЧ:ММ");
        anna.sendText("29.11.2026");
        anna.awaitBotText("Эта дата уже прошла");
        anna.sendText("31.12.2026");

        assertThat(anna.awaitBotText("Исключение добавлено").text()).contains("Исключения:", "31.12.2026 — выходной");
        askForAnException(anna);
        anna.sendText("05.12 13:00-15:00");
        assertThat(anna.awaitBotText("05.12.2026, 13:00–15:00 — нет на месте").text()).contains("31.12.2026 — выходной");
        assertThat(kalenner.core.listScheduleExceptions().list(specialist.id()).get()).hasSize(2);

        anna.pressButton("✕ 1");
        ChatMessage removed = anna.awaitBotText("Исключение удалено");
        assertThat(removed.text()).contains("31.12.2026 — выходной").doesNotContain("нет на месте");
        assertThat(kalenner.core.listScheduleExceptions().list(specialist.id()).get()).hasSize(1);
    }

    @Test
    void inEnglishAnOverrideOpensASundayAndAClashIsExplained() {
        TelegramUser emma = kalenner.user("Emma", "en");
        Account specialist = specialistOnWorkingHours(emma, "Dashboard", "Working hours", "No exceptions");
        emma.pressButton("Add exception");
        emma.awaitBotText("Write the exception in one line");
        emma.sendText("06.12 work 10:00-14:00 13:00-15:00");
        assertThat(emma.awaitBotText("Could not read the exception").text()).contains("intervals of one day that do not overlap");
        emma.sendText("06.12 work 10:00-14:00");
        assertThat(emma.awaitBotText("Exception added").text()).contains("06.12.2026 — working 10:00–14:00");

        emma.pressButton("Add exception");
        emma.awaitBotText("Write the exception in one line");
        emma.sendText("06.12.2026 work 16:00-18:00");
        emma.awaitBotText("This overlaps an exception already marked (from 06.12.2026).");
        assertThat(kalenner.core.listScheduleExceptions().list(specialist.id()).get()).hasSize(1);
    }

    /** A new specialist with a service, on the Working hours screen, which says there are no exceptions yet. */
    private Account specialistOnWorkingHours(TelegramUser user, String dashboard, String workingHours, String noExceptions) {
        Account specialist = kalenner.provider(user, ProviderKind.SPECIALIST);
        kalenner.specialistWithService(specialist);
        user.pressReplyButton(dashboard);
        user.awaitBotText(dashboard);
        user.pressButton(workingHours);
        assertThat(user.awaitBotText(workingHours).text()).contains(noExceptions);
        return specialist;
    }

    /** Add service, answering the name, minutes and price: the description's question. */
    private static ChatMessage addInEnglish(TelegramUser provider, String name, String minutes, String price) {
        provider.pressButton("Add service");
        for (String[] step : new String[][] {{"What is it called", name}, {"How many minutes", minutes}, {"What does \"" + name + "\" cost", price}}) {
            provider.awaitBotText(step[0]);
            provider.sendText(step[1]);
        }
        return provider.awaitBotText("Describe \"" + name + "\" for clients");
    }

    /** The provider's dashboard, then one of its sections: the section's text. */
    private static org.assertj.core.api.AbstractStringAssert<?> openDashboardSection(TelegramUser provider, String dashboard, String section) {
        provider.pressReplyButton(dashboard);
        provider.awaitBotText(dashboard);
        provider.pressButton(section);
        return assertThat(provider.awaitBotMessage(m -> m.inlineButtonLabels().stream().flatMap(java.util.List::stream)
                .noneMatch(label -> label.equals(section))).text());
    }

    /** A menu entry that lists the client's providers (the card's list, or booking), then one of them. */
    private static ChatMessage pickProvider(TelegramUser client, String listButton, String provider, String cardText) {
        client.pressReplyButton(listButton);
        client.awaitBotMessage(m -> m.inlineButtonLabels().stream().anyMatch(row -> row.contains(provider)));
        client.pressButton(provider);
        return client.awaitBotText(cardText);
    }

    private static void askForAnException(TelegramUser provider) {
        provider.pressButton("Добавить исключение");
        provider.awaitBotText("Напишите исключение одной строкой");
    }

    @Test
    void clientsAndTheOrganizationsSpecialistsAreListedAndSpecialistsInvited() {
        TelegramUser school = kalenner.user("Школа", "ru");
        Account organization = kalenner.provider(school, ProviderKind.ORGANIZATION);
        TelegramUser boris = kalenner.user("Борис", "ru");
        kalenner.clientOf(boris, organization);

        school.pressReplyButton("Кабинет");
        school.awaitBotText("Кабинет");
        school.pressButton("Клиенты");
        assertThat(school.awaitBotText("Ваши клиенты (1)").text()).contains("1. Борис");
        school.pressButton("« Кабинет");
        school.awaitBotText("Кабинет");
        school.pressButton("Специалисты");
        school.awaitBotText("пока нет специалистов");
        school.pressButton("« Кабинет");
        school.awaitBotText("Кабинет");
        school.pressButton("Пригласить специалиста");
        ChatMessage invitation = school.awaitBotText("ссылка-приглашение для специалистов");
        assertThat(invitation.attachment()).isPresent();
        Matcher link = Pattern.compile("https://t\\.me/[A-Za-z0-9_]+\\?start=([A-Za-z0-9_-]+)").matcher(invitation.text());
        assertThat(link.find()).isTrue();

        TelegramUser dina = kalenner.user("Дина", "ru");
        dina.sendText("/start " + link.group(1));
        dina.awaitBotMessage(m -> !m.replyKeyboard().isEmpty());
        school.pressReplyButton("Кабинет");
        school.awaitBotText("Кабинет");
        school.pressButton("Специалисты");
        assertThat(school.awaitBotText("Специалисты организации (1)").text()).contains("1. Дина");
    }

    @Test
    void theProfileSectionGivesThePagesAddressPublishesHidesAndChangesTheTheme() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        String address = TelegramSettings.LOCAL_WEB.toString().replaceAll("/+$", "") + "/p/" + Slug.defaultFor(specialist.id());

        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Профиль");
        ChatMessage hidden = anna.awaitBotText("страница скрыта");
        assertThat(hidden.text()).contains(address);
        assertThat(buttons(hidden)).containsExactly("Опубликовать", "✓ Классика", "Ночь", "Тёплая", "О себе", "Опыт", "Образование",
                "Сайт", "Email", "Телефон", "Адрес", "Соцсети", "Ссылка на оплату", "Цвет", "Разделы", "Фото", "Галерея", "« Кабинет");

        anna.pressButton("Опубликовать");
        assertThat(anna.awaitBotMessage(m -> buttons(m).contains("Скрыть")).text()).contains("страница опубликована", address);
        anna.pressButton("Ночь");
        assertThat(buttons(anna.awaitBotMessage(m -> buttons(m).contains("✓ Ночь")))).startsWith("Скрыть", "Классика", "✓ Ночь",
                "Тёплая", "О себе");

        Profile profile = kalenner.core.viewOwnProfile().view(specialist.id()).get();
        assertThat(profile.published()).isTrue();
        assertThat(profile.design().theme()).isEqualTo(Theme.NIGHT);
        anna.pressButton("Скрыть");
        anna.awaitBotMessage(m -> buttons(m).contains("Опубликовать"));
        assertThat(kalenner.core.viewOwnProfile().view(specialist.id()).get().published()).isFalse();
    }
}
