package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.sandbox.botapi.CallbackAnswer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import org.junit.jupiter.api.Test;

/**
 * {@code Кабинет} → {@code Пакеты}: the provider defines a package and records that a client bought
 * it; the client books through the bot and sees the sessions left in the provider's card and in
 * the appointment's details.
 */
class PackagesFlowTest extends ProviderBotFlow {

    @Test
    void aProviderSellsAPackageAndTheClientSeesItsSessionsGoDownAsItBooks() {
        // given a specialist with a service and a client
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service service = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        Account client = kalenner.clientOf(boris, specialist);

        // when Анна defines a package of 3 sessions
        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Пакеты");
        anna.awaitBotText("У вас пока нет пакетов");
        anna.pressButton("Добавить пакет");
        anna.awaitBotText("Для какой услуги пакет?");
        anna.pressButton("Консультация");
        anna.awaitBotText("Сколько занятий «Консультация» в пакете?");
        anna.sendText("3");
        anna.awaitBotText("Сколько стоит пакет «3 занятия»?");
        anna.sendText("8000");
        anna.awaitBotText("Сколько дней действует пакет после покупки?");
        anna.pressButton("Пропустить");
        ChatMessage list = anna.awaitBotText("Пакет добавлен.");
        assertThat(list.text()).contains("1. Консультация · 3 занятия · 8000 ₽");

        // and records that Борис bought it
        anna.pressButton("Консультация · 3 занятия · 8000 ₽");
        anna.awaitBotMessage(m -> m.edited() && buttons(m).contains("Клиент купил"));
        anna.pressButton("Клиент купил");
        anna.awaitBotText("Кто из клиентов купил «Консультация · 3 занятия · 8000 ₽»?");
        anna.pressButtonTwice("Борис");
        anna.awaitBotText("Сколько клиент заплатил сейчас за «Консультация · 3 занятия · 8000 ₽»?");
        anna.pressButtonTwice("Оплачено полностью"); // a double tap sells one package
        ChatMessage sold = anna.awaitBotText("Покупка записана: Борис — Консультация, занятий: 3.");
        assertThat(anna.awaitCallbackAnswer()).isNotNull();
        assertThat(sold.text()).contains("Пакеты клиентов:",
                "1. Борис — Консультация: осталось занятий 3 из 3 (использовано 0, забронировано 0)")
                .doesNotContain("к оплате");

        // then Борис sees the package in Анна's card
        boris.pressReplyButton("Список специалистов");
        boris.awaitBotText("Ваши специалисты и организации:");
        boris.pressButton("👤 Анна");
        assertThat(boris.awaitBotText("Выберите действие").text()).contains("Ваши пакеты:", "• Консультация: осталось занятий 3 из 3");

        // when Борис books through the bot
        boris.pressReplyButton("Запросить запись");
        boris.awaitBotText("Выберите специалиста");
        boris.pressButton("👤 Анна");
        boris.awaitBotText("Выберите услугу");
        boris.pressButton("Консультация · 60 мин · 3000 ₽");
        boris.awaitBotText("Выберите дату");
        boris.pressButton("Вт 01.12");
        boris.awaitBotText("выберите время");
        boris.pressButton("10:00");
        assertThat(boris.awaitBotText("Проверьте запись").text())
                .contains("Оплатится пакетом «Консультация»: осталось занятий 3 из 3, считая эту запись.");
        boris.pressButton("Подтвердить");
        boris.awaitBotText("Запрос отправлен");

        // then the appointment is paid by the package, and one session fewer is left
        boris.pressReplyButton("Записи");
        boris.awaitBotText("Ваши записи");
        boris.pressButton("01.12 10:00 · Анна · 🟡 Ожидает");
        boris.awaitBotMessage(m -> m.edited() && buttons(m).contains("Информация о встрече"));
        boris.pressButton("Информация о встрече");
        ChatMessage info = boris.awaitBotMessage(m -> m.edited() && m.text().startsWith("Информация о встрече"));
        assertThat(info.text()).contains("Цена: 0 ₽", "Остаток: 0 ₽", "Оплачено пакетом «Консультация»: осталось занятий 2 из 3.");
        boris.pressReplyButton("Список специалистов");
        boris.awaitBotText("Ваши специалисты и организации:");
        boris.pressButton("👤 Анна");
        assertThat(boris.awaitBotText("Выберите действие").text()).contains("• Консультация: осталось занятий 2 из 3");

        // and Анна sees it too
        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Пакеты");
        assertThat(anna.awaitBotText("Пакеты клиентов").text()).contains("1. Борис — Консультация: осталось занятий 2 из 3");
        assertThat(kalenner.core.listMyPackages().fromProvider(client.id(), specialist.id()).get().single().standing().booked()).isEqualTo(1);
        assertThat(kalenner.core.listClientPackages().ofAllClients(specialist.id()).get()).hasSize(1);
        assertThat(kalenner.core.viewAppointment().upcomingOfClient(client.id()).single().appointment().price())
                .isEqualTo(Money.zero(service.price().currency()));
    }

    @Test
    void badSessionsAndPricesAreAnsweredAndTheQuestionStays() {
        TelegramUser anna = specialistIn("Анна", "ru", "Кабинет", "Пакеты", "У вас пока нет пакетов");
        kalenner.specialistWithService(kalenner.account(anna));
        anna.pressButton("Добавить пакет");
        anna.awaitBotText("Для какой услуги пакет?");
        anna.pressButton("Консультация");
        anna.awaitBotText("Сколько занятий");

        anna.sendText("abc");
        anna.awaitBotText("Число занятий — целое число от 1 до 100, например 10.");
        anna.sendText("0");
        anna.awaitBotText("Число занятий — целое число от 1 до 100, например 10.");
        anna.sendText("101");
        anna.awaitBotText("Число занятий — целое число от 1 до 100, например 10.");
        anna.sendText("10");
        anna.awaitBotText("Сколько стоит пакет «10 занятий»?");
        anna.sendText("-5");
        anna.awaitBotText("Нужна цена числом не меньше нуля");
        anna.sendText("abc");
        anna.awaitBotText("Нужна цена числом не меньше нуля");
        assertThat(kalenner.core.listPackages().packages(kalenner.account(anna).id()).get()).isEmpty();

        anna.sendText("25000");
        anna.awaitBotText("Сколько дней действует пакет после покупки?");
        anna.sendText("abc");
        anna.awaitBotText("Срок — целое число дней от 1 до 3650, например 90.");
        anna.sendText("0");
        anna.awaitBotText("Срок — целое число дней от 1 до 3650, например 90.");
        assertThat(kalenner.core.listPackages().packages(kalenner.account(anna).id()).get()).isEmpty();

        anna.sendText("30");
        assertThat(anna.awaitBotText("Пакет добавлен.").text()).contains("Консультация · 10 занятий · 25000 ₽");
        assertThat(kalenner.core.listPackages().packages(kalenner.account(anna).id()).get().single().servicePackage().validityDays())
                .containsExactly(30);
    }

    @Test
    void theMainPathInEnglish() {
        TelegramUser anna = kalenner.user("Anna", "en");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service service = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Boris", "en");
        Account client = kalenner.clientOf(boris, specialist);

        anna.pressReplyButton("Dashboard");
        anna.awaitBotText("Dashboard");
        anna.pressButton("Packages");
        anna.awaitBotText("You have no packages yet");
        anna.pressButton("Add package");
        anna.awaitBotText("Which service is the package for?");
        anna.pressButton("Консультация");
        anna.awaitBotText("How many sessions");
        anna.sendText("zero");
        anna.awaitBotText("The number of sessions is a whole number from 1 to 100");
        anna.sendText("5");
        anna.awaitBotText("What does the package of 5 sessions cost?");
        anna.sendText("12000");
        anna.awaitBotText("For how many days after the purchase is the package valid?");
        anna.sendText("30");
        anna.awaitBotText("Package added.");
        anna.pressButton("Консультация · 5 sessions · 12000 RUB");
        anna.awaitBotMessage(m -> m.edited() && buttons(m).contains("Client bought it"));
        anna.pressButton("Client bought it");
        anna.awaitBotText("Which client bought");
        anna.pressButton("Boris");
        anna.awaitBotText("How much did the client pay now");
        anna.sendText("-5");
        anna.awaitBotText("Please write an amount in RUB, not below zero");
        anna.sendText("5000");
        assertThat(anna.awaitBotText("Purchase recorded: Boris — Консультация, 5 sessions.").text())
                .contains("Boris — Консультация: 5 of 5 sessions left (0 used, 0 booked) · valid until 30.12.2026 · to pay: 7000 RUB");

        boris.pressReplyButton("Specialists list");
        boris.awaitBotMessage(m -> buttons(m).contains("👤 Anna"));
        boris.pressButton("👤 Anna");
        assertThat(boris.awaitBotText("Your packages:").text())
                .contains("• Консультация: 5 of 5 sessions left (0 used, 0 booked) · valid until 30.12.2026 · to pay: 7000 RUB");

        // a past appointment's pop-up names the package that paid for it
        Appointment booked = kalenner.request(client, service, ProviderBot.TUESDAY_TEN);
        kalenner.clock.set(ProviderBot.TUESDAY_NOON);
        boris.pressReplyButton("Appointments");
        boris.awaitBotMessage(m -> buttons(m).contains("Past appointments"));
        boris.pressButton("Past appointments");
        boris.awaitBotMessage(m -> m.edited() && buttons(m).stream().anyMatch(b -> b.startsWith("01.12 10:00")));
        boris.pressButton(buttons(boris.lastBotMessage()).stream().filter(b -> b.startsWith("01.12 10:00")).findFirst().orElseThrow());
        CallbackAnswer popUp = boris.awaitCallbackAnswer();
        assertThat(popUp.text()).contains("Paid by your package «Консультация»: 4 of 5 sessions left.");
        assertThat(kalenner.core.viewAppointment().view(client.id(), booked.id()).get().appointment().balance().minorUnits()).isZero();
    }
}
