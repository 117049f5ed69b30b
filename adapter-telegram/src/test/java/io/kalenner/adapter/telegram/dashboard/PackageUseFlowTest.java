package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_NOON;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_TEN;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.booking.AddService;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.servicepackage.DefinePackage;
import io.kalenner.application.servicepackage.RecordPurchase;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHoursGrammar;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Packages as issue 8 words them, through the bot: a completed appointment uses a session, a
 * missed one gives it back when the provider's policy says so, a payment changes what is owed on a
 * package, an expired package pays for nothing more, and an organization's package pays for a
 * booking with its member specialist, who reads it in the appointment.
 */
class PackageUseFlowTest extends ProviderBotFlow {

    private TelegramUser anna;
    private Account specialist;
    private Service service;
    private TelegramUser boris;
    private Account client;

    private void aSpecialistAndAClient(String language, String annaName, String borisName) {
        anna = kalenner.user(annaName, language);
        specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        service = kalenner.specialistWithService(specialist);
        boris = kalenner.user(borisName, language);
        client = kalenner.clientOf(boris, specialist);
    }

    private ServicePackage sold(Account provider, Service of, Option<Integer> validity, Option<Money> paidNow) {
        ServicePackage three = kalenner.core.definePackage().define(provider.id(),
                new DefinePackage.Command(of.id(), 3, Money.of(800_000, "RUB"), validity)).get();
        kalenner.core.recordPurchase().record(provider.id(), new RecordPurchase.Command(three.id(), client.id(), Option.none(), paidNow)).get();
        return three;
    }

    /** Boris's appointment on Tuesday at ten, accepted, and the clock at noon. */
    private Appointment acceptedAndOver() {
        Appointment booked = kalenner.request(client, service, TUESDAY_TEN);
        kalenner.core.answerRequest().accept(specialist.id(), booked.id()).get();
        kalenner.clock.set(TUESDAY_NOON);
        return booked;
    }

    private String cardSeenByBoris(String providersList, String heading) {
        boris.pressReplyButton(providersList);
        boris.awaitBotMessage(m -> buttons(m).contains("👤 " + anna.firstName()));
        boris.pressButton("👤 " + anna.firstName());
        return boris.awaitBotText(heading).text();
    }

    @Test
    void aCompletedAppointmentUsesASessionAndTheClientSeesIt() {
        aSpecialistAndAClient("ru", "Анна", "Борис");
        sold(specialist, service, Option.none(), Option.none());
        acceptedAndOver();

        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Записи клиентов");
        anna.awaitBotText("Записи клиентов (1)");
        anna.pressButton("01.12 10:00 · Борис");
        assertThat(anna.awaitBotText("Запись клиента").text()).contains("Оплачено пакетом клиента «Консультация»: осталось занятий 2 из 3.");
        anna.pressButton("Завершено");
        assertThat(anna.awaitCallbackAnswer().text()).isEqualTo("Завершено");

        assertThat(cardSeenByBoris("Список специалистов", "Выберите действие"))
                .contains("• Консультация: осталось занятий 2 из 3 (использовано 1, забронировано 0)");
    }

    @Test
    void aCompletedAppointmentUsesASessionAndTheClientSeesItInEnglish() {
        aSpecialistAndAClient("en", "Anna", "Boris");
        sold(specialist, service, Option.none(), Option.none());
        acceptedAndOver();

        anna.pressReplyButton("Dashboard");
        anna.awaitBotText("Dashboard");
        anna.pressButton("Client appointments");
        anna.awaitBotMessage(m -> buttons(m).contains("01.12 10:00 · Boris"));
        anna.pressButton("01.12 10:00 · Boris");
        assertThat(anna.awaitBotText("Paid by the client's package").text()).contains("«Консультация»: 2 of 3 sessions left.");
        anna.pressButton("Completed");
        assertThat(anna.awaitCallbackAnswer().text()).isEqualTo("Completed");

        assertThat(cardSeenByBoris("Specialists list", "Your packages:")).contains("• Консультация: 2 of 3 sessions left (1 used, 0 booked)");
    }

    @Test
    void withTheMissedPolicyOffAMissedAppointmentGivesItsSessionBack() {
        aSpecialistAndAClient("ru", "Анна", "Борис");
        sold(specialist, service, Option.none(), Option.none());
        acceptedAndOver();

        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Пакеты");
        assertThat(anna.awaitBotText("Пропущенная запись списывает занятие из пакета.").text())
                .contains("Борис — Консультация: осталось занятий 2 из 3 (использовано 0, забронировано 1)");
        anna.pressButton("Пропуск: возвращать занятие");
        assertThat(anna.awaitBotText("Правило сохранено").text())
                .contains("Пропущенная запись не списывает занятие: оно возвращается в пакет.");
        assertThat(buttons(anna.lastBotMessage())).contains("Пропуск: списывать занятие");

        anna.pressButton("« Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Записи клиентов");
        anna.awaitBotText("Записи клиентов (1)");
        anna.pressButton("01.12 10:00 · Борис");
        anna.awaitBotText("Запись клиента");
        anna.pressButton("Пропущено");
        assertThat(anna.awaitCallbackAnswer().text()).isEqualTo("Пропущено");

        // the session is back, and turning the policy on again does not take it
        kalenner.core.setPackagePolicy().set(specialist.id(), io.kalenner.domain.servicepackage.PackagePolicy.DEFAULT).get();
        assertThat(cardSeenByBoris("Список специалистов", "Выберите действие"))
                .contains("• Консультация: осталось занятий 3 из 3 (использовано 0, забронировано 0)");
    }

    @Test
    void aPurchasePaymentChangesThePackagesBalance() {
        aSpecialistAndAClient("ru", "Анна", "Борис");
        sold(specialist, service, Option.none(), Option.some(Money.of(300_000, "RUB")));
        assertThat(cardSeenByBoris("Список специалистов", "Выберите действие")).contains("к оплате: 5000 ₽");

        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Пакеты");
        assertThat(anna.awaitBotText("Пакеты клиентов").text()).contains("Борис — Консультация: осталось занятий 3 из 3", "к оплате: 5000 ₽");
        anna.pressButton("Оплата пакета");
        anna.awaitBotText("За какой пакет поступила оплата?");
        anna.pressButton("Борис — Консультация, 3 занятия, 30.11.2026");
        anna.awaitBotText("Сейчас к оплате: 5000 ₽");
        anna.sendText("abc");
        anna.awaitBotText("Нужна сумма больше нуля");
        anna.sendText("-5");
        anna.awaitBotText("Нужна сумма больше нуля");
        assertThat(kalenner.core.listClientPackages().ofAllClients(specialist.id()).get().single().standing().balance())
                .isEqualTo(Money.of(500_000, "RUB"));
        anna.sendText("2000");
        assertThat(anna.awaitBotText("Оплата записана: 2000 ₽").text()).contains("К оплате по пакету: 3000 ₽", "к оплате: 3000 ₽");

        assertThat(cardSeenByBoris("Список специалистов", "Выберите действие")).contains("к оплате: 3000 ₽");
    }

    @Test
    void aPurchasePaymentChangesThePackagesBalanceInEnglish() {
        aSpecialistAndAClient("en", "Anna", "Boris");
        sold(specialist, service, Option.none(), Option.some(Money.zero(java.util.Currency.getInstance("RUB"))));

        anna.pressReplyButton("Dashboard");
        anna.awaitBotText("Dashboard");
        anna.pressButton("Packages");
        assertThat(anna.awaitBotText("Clients' packages").text()).contains("to pay: 8000 RUB");
        anna.pressButton("Package payment");
        anna.awaitBotText("Which package was paid for?");
        anna.pressButton("Boris — Консультация, 3 sessions, 30.11.2026");
        anna.awaitBotText("To pay now: 8000 RUB");
        anna.sendText("8000");
        assertThat(anna.awaitBotText("Payment recorded: 8000 RUB").text()).contains("To pay on the package: 0 RUB")
                .doesNotContain("to pay: ");
    }

    @Test
    void anExpiredPackageIsNotOfferedAndSaysSo() {
        aSpecialistAndAClient("ru", "Анна", "Борис");
        sold(specialist, service, Option.some(1), Option.none()); // bought Monday 30.11, valid through Tuesday 01.12
        kalenner.clock.set(TUESDAY_NOON.plus(Duration.ofDays(1)));

        assertThat(cardSeenByBoris("Список специалистов", "Выберите действие"))
                .contains("• Консультация: осталось занятий 3 из 3 (использовано 0, забронировано 0) · истёк 01.12.2026");

        boris.pressReplyButton("Запросить запись");
        boris.awaitBotText("Выберите специалиста");
        boris.pressButton("👤 Анна");
        boris.awaitBotText("Выберите услугу");
        boris.pressButton("Консультация · 60 мин · 3000 ₽");
        boris.awaitBotText("Выберите дату");
        boris.pressButton("Чт 03.12");
        boris.awaitBotText("выберите время");
        boris.pressButton("10:00");
        assertThat(boris.awaitBotText("Проверьте запись").text()).doesNotContain("Оплатится пакетом");
        boris.pressButton("Подтвердить");
        boris.awaitBotText("Запрос отправлен");
        assertThat(kalenner.core.viewAppointment().upcomingOfClient(client.id()).single().appointment().price()).isEqualTo(service.price());
    }

    @Test
    void aMemberSpecialistsBookingIsPaidByTheOrganizationsPackage() {
        TelegramUser school = kalenner.user("Школа", "ru");
        Account organization = kalenner.provider(school, ProviderKind.ORGANIZATION);
        Service lesson = kalenner.core.addService().add(organization.id(),
                new AddService.Command("Урок", Duration.ofMinutes(60), Money.of(300_000, "RUB"))).get();
        anna = kalenner.user("Дина", "ru");
        String code = kalenner.core.createSpecialistInvitation().create(organization.id()).get().code().value();
        kalenner.core.acceptInvitation().accept(kalenner.account(anna).id(), new AcceptInvitation.Command(code)).get();
        Account dina = kalenner.account(anna);
        kalenner.core.setSchedule().set(dina.id(), Schedule.empty().withHours(WorkingHoursGrammar.parse("пн-пт 09:00-18:00").get())).get();
        anna.sendText("/start");
        anna.awaitBotMessage(m -> m.replyKeyboard().stream().anyMatch(row -> row.contains("Кабинет")));
        boris = kalenner.user("Борис", "ru");
        client = kalenner.clientOf(boris, organization);
        sold(organization, lesson, Option.none(), Option.none());

        Appointment booked = kalenner.core.requestAppointment().request(client.id(),
                new io.kalenner.application.booking.RequestAppointment.Command(lesson.id(), TUESDAY_TEN, Option.none())).get();
        assertThat(booked.specialist()).isEqualTo(dina.id());
        assertThat(booked.price()).isEqualTo(Money.zero(lesson.price().currency()));

        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Пакеты");
        assertThat(anna.awaitBotText("Пакеты организации «Школа» (только просмотр):").text())
                .contains("1. Урок · 3 занятия · 8000 ₽", "Пакеты клиентов организации:",
                        "1. Борис — Урок: осталось занятий 2 из 3 (использовано 0, забронировано 1)");
        assertThat(buttons(anna.lastBotMessage())).doesNotContain("Урок · 3 занятия · 8000 ₽", "Оплата пакета");

        anna.pressButton("« Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton(buttons(anna.lastBotMessage()).stream().filter(b -> b.startsWith("Заявки")).findFirst().orElseThrow());
        anna.awaitBotMessage(m -> buttons(m).stream().anyMatch(b -> b.contains("Борис")));
        anna.pressButton(buttons(anna.lastBotMessage()).stream().filter(b -> b.contains("Борис")).findFirst().orElseThrow());
        assertThat(anna.awaitBotText("Оплачено пакетом клиента").text()).contains("«Урок»: осталось занятий 2 из 3.");
    }
}
