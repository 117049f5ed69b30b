package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_NOON;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.TUESDAY_TEN;
import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.documents.ClientDocuments;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.application.document.UploadSharedDocument;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.sandbox.botapi.CallbackAnswer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code Клиенты} on the provider's side: each client with the next appointment and what it owes,
 * a card per client with {@code Чат} and {@code Документы}, and the documents shared with the
 * client as the provider's side sees them (D74, D75).
 */
class ClientsFlowTest extends ProviderBotFlow {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<SharedDocument> shared(Account client, Account provider) {
        return kalenner.core.listSharedDocuments().list(client.id(), client.id(), provider.id()).get();
    }

    private void clientUploads(Account client, Account provider, String fileName) {
        kalenner.core.uploadSharedDocument().upload(client.id(), new UploadSharedDocument.Command(client.id(), provider.id(),
                new ByteArrayInputStream(bytes("content of " + fileName)), fileName, "application/pdf")).get();
    }

    @Test
    void theListGivesEachClientsNextAppointmentAndBalanceAndTheCardOpensDocumentsAndChat() {
        // given Анна's client Борис with an accepted appointment on Tuesday, 1000 ₽ of 3000 ₽ paid, and Вера with none
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Service consultation = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        Account borisAccount = kalenner.clientOf(boris, specialist);
        kalenner.clientOf(kalenner.user("Вера", "ru"), specialist);
        Appointment appointment = kalenner.request(borisAccount, consultation, TUESDAY_TEN);
        kalenner.core.answerRequest().accept(specialist.id(), appointment.id()).get();
        kalenner.core.recordPayment().record(specialist.id(), appointment.id(), Money.of(100_000, "RUB")).get();

        // when Анна opens Клиенты
        anna.pressReplyButton("Кабинет");
        anna.awaitBotText("Кабинет");
        anna.pressButton("Клиенты");

        // then each client has a line and a button
        ChatMessage list = anna.awaitBotText("Ваши клиенты (2):");
        assertThat(list.text()).contains("1. Борис · 01.12 10:00 · к оплате 2000 ₽\n2. Вера\n");
        assertThat(buttons(list)).containsExactly("1. Борис", "2. Вера", "« Кабинет");

        // when she opens Борис
        anna.pressButton("1. Борис");
        ChatMessage card = anna.awaitBotText("👤 Борис");
        assertThat(card.text()).isEqualTo("👤 Борис\n\nБлижайшая запись: 01.12.2026 10:00 · Консультация · 🟢 Принято\nК оплате: 2000 ₽");
        assertThat(buttons(card)).containsExactly("Чат", "Документы", "« Клиенты");

        // and his documents, where she uploads one
        anna.pressButton("Документы");
        assertThat(anna.awaitBotText("Документы клиента Борис").text()).contains("Общих документов пока нет");
        anna.pressButton("Загрузить");
        anna.awaitBotText("Пришлите файл");
        anna.sendDocument("план.pdf", "application/pdf", bytes("план лечения"));
        ChatMessage uploaded = anna.awaitBotText("Загружено: «план.pdf».");
        assertThat(uploaded.text()).contains("1. 🟣 план.pdf · 1 КБ · 30.11.2026", "🟣 — загружено с вашей стороны, 🔵 — клиентом");

        // then Борис has it, as the provider's (🟣 on his side)
        assertThat(shared(borisAccount, specialist)).singleElement().satisfies(document -> {
            assertThat(document.fileName()).isEqualTo("план.pdf");
            assertThat(document.uploadedByProvider()).isTrue();
            assertThat(document.uploadedBy()).isEqualTo(specialist.id());
        });

        // when Борис uploads one too, and Анна picks both
        clientUploads(borisAccount, specialist, "анализы.pdf");
        anna.pressButton("1. 🟣 план.pdf");
        ChatMessage picked = anna.awaitBotMessage(m -> buttons(m).contains("✅ 1. 🟣 план.pdf"));
        assertThat(buttons(picked)).containsExactly("✅ 1. 🟣 план.pdf", "2. 🔵 анализы.pdf", "Скачать", "Загрузить", "Удалить");
        anna.pressButton("2. 🔵 анализы.pdf");
        anna.awaitBotMessage(m -> buttons(m).contains("✅ 2. 🔵 анализы.pdf") && buttons(m).contains("✅ 1. 🟣 план.pdf"));

        // then she may download both but delete only her own
        anna.pressButton("Скачать");
        ChatMessage links = anna.awaitBotText("действуют 5 минут");
        assertThat(links.text()).contains("«план.pdf»:\nhttp", "«анализы.pdf»:\nhttp");
        anna.pressButton("Удалить");
        CallbackAnswer refused = anna.awaitCallbackAnswer();
        assertThat(refused.showAlert()).isTrue();
        assertThat(refused.text()).isEqualTo("Удалять можно только документы, которые вы загрузили сами. Документы с 🔵 загрузил клиент.");
        anna.pressButton("✅ 2. 🔵 анализы.pdf");
        anna.awaitBotMessage(m -> buttons(m).contains("2. 🔵 анализы.pdf") && buttons(m).contains("✅ 1. 🟣 план.pdf"));
        anna.pressButton("Удалить");
        anna.awaitBotText("Удалить эти документы?");
        anna.pressButton("Да, удалить");
        ChatMessage deleted = anna.awaitBotText("Удалено: «план.pdf».");
        assertThat(deleted.text()).contains("1. 🔵 анализы.pdf").doesNotContain("план.pdf ·");
        assertThat(shared(borisAccount, specialist).map(SharedDocument::fileName)).containsExactly("анализы.pdf");

        // when she presses the card's Чат and writes
        anna.pressButton("Чат");
        anna.awaitBotText("💬 Чат: Борис");
        anna.sendText("Не забудьте анализы");

        // then Борис gets it
        assertThat(boris.awaitBotText("Сообщение от 👤 Анна").text()).contains("Не забудьте анализы");

        // and his card of Анна tells him what he owes her, as hers told her
        boris.pressReplyButton("Список специалистов");
        boris.awaitBotMessage(m -> buttons(m).contains("👤 Анна"));
        boris.pressButton("👤 Анна");
        assertThat(boris.awaitBotText("Выберите действие").text()).isEqualTo("👤 Анна\n\n💳 К оплате: 2000 ₽\n\nВыберите действие:");
    }

    @Test
    void aMemberSpecialistSeesTheOrganizationsClientsWithWhatItPerformsAndSharesTheirDocumentsWithTheOrganization() {
        // given Школа with member Дина, who has a lesson with Борис, and Школа's lesson with Мила performed by Дина too
        TelegramUser school = kalenner.user("Школа", "ru");
        Account organization = kalenner.provider(school, ProviderKind.ORGANIZATION);
        Service lesson = kalenner.core.addService().add(organization.id(),
                new AddService.Command("Урок", Duration.ofMinutes(60), Money.of(250_000, "RUB"))).get();
        TelegramUser dina = kalenner.user("Дина", "ru");
        Account member = kalenner.memberOf(dina, organization);
        Account boris = kalenner.clientOf(kalenner.user("Борис", "ru"), organization);
        Appointment booked = kalenner.core.requestAppointment().request(boris.id(),
                new RequestAppointment.Command(lesson.id(), TUESDAY_NOON, Option.some(member.id()))).get();

        // when Дина opens Клиенты and Борис
        dina.pressReplyButton("Кабинет");
        dina.awaitBotText("Кабинет");
        dina.pressButton("Клиенты");
        ChatMessage list = dina.awaitBotText("Ваши клиенты (1):");
        dina.pressButton("1. Борис");
        ChatMessage card = dina.awaitBotText("👤 Борис");

        // then the pending lesson is next, owes nothing yet, and the card says whose client he is; no chat for a member
        assertThat(list.text()).contains("1. Борис · 01.12 12:00 · Школа");
        assertThat(card.text()).isEqualTo("👤 Борис\nКлиент организации «Школа»\n\nБлижайшая запись: 01.12.2026 12:00 · Урок · 🟡 Ожидает\nВсё оплачено.");
        assertThat(buttons(card)).containsExactly("Документы", "« Клиенты");
        assertThat(booked.specialist()).isEqualTo(member.id());

        // when Дина uploads a document for him
        dina.pressButton("Документы");
        dina.awaitBotText("Документы клиента Борис");
        dina.pressButton("Загрузить");
        dina.awaitBotText("Пришлите файл");
        dina.sendDocument("домашнее.pdf", "application/pdf", bytes("упражнения"));
        dina.awaitBotText("Загружено: «домашнее.pdf».");

        // then it is the organization's document, and the organization sees it in its own Клиенты
        assertThat(shared(boris, organization)).singleElement().satisfies(document -> assertThat(document.uploadedByProvider()).isTrue());
        school.pressReplyButton("Кабинет");
        school.awaitBotText("Кабинет");
        school.pressButton("Клиенты");
        school.awaitBotText("Ваши клиенты (1):");
        school.pressButton("1. Борис");
        assertThat(buttons(school.awaitBotText("👤 Борис"))).containsExactly("Чат", "Документы", "« Клиенты");
        school.pressButton("Документы");
        assertThat(school.awaitBotText("Документы клиента Борис").text()).contains("1. 🟣 домашнее.pdf");
    }

    @Test
    void inEnglishTheProviderReadsItsClientsAndTheirDocuments() {
        // given
        TelegramUser anna = kalenner.user("Anna", "en");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        Account boris = kalenner.clientOf(kalenner.user("Boris", "en"), specialist);
        clientUploads(boris, specialist, "tests.pdf");

        // when
        anna.pressReplyButton("Dashboard");
        anna.awaitBotText("Dashboard");
        anna.pressButton("Clients");
        ChatMessage list = anna.awaitBotText("Your clients (1):");
        anna.pressButton("1. Boris");
        ChatMessage card = anna.awaitBotText("👤 Boris");
        anna.pressButton("Documents");
        ChatMessage documents = anna.awaitBotText("Documents of client Boris");

        // then
        assertThat(list.text()).contains("1. Boris\n", "Tap a client for the next appointment, the balance, chat and documents.");
        assertThat(card.text()).isEqualTo("👤 Boris\n\nNo upcoming appointments.\nNothing owed.");
        assertThat(buttons(card)).containsExactly("Chat", "Documents", "« Clients");
        assertThat(documents.text()).contains("1. 🔵 tests.pdf", "🟣 = uploaded by your side, 🔵 = by the client.");
        assertThat(buttons(documents)).containsExactly("1. 🔵 tests.pdf", "Download", "Upload", "Delete");
    }

    @Test
    void aCardOrDocumentsOfSomeoneElsesClientShowNothingOfThem() {
        // given Анна and Марк, each with a client who uploaded a document
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.provider(anna, ProviderKind.SPECIALIST);
        TelegramUser mark = kalenner.user("Марк", "ru");
        Account other = kalenner.provider(mark, ProviderKind.SPECIALIST);
        Account boris = kalenner.clientOf(kalenner.user("Борис", "ru"), other);
        clientUploads(boris, other, "тайна.pdf");

        // when Анна presses buttons naming Марк's client, as Марк's practice and as her own
        kalenner.sendButton(anna, "карточка", CallbackData.of(ClientsScreen.CARD, boris.id().value(), other.id().value()));
        anna.pressButton("карточка");
        CallbackAnswer card = anna.awaitCallbackAnswer();
        kalenner.sendButton(anna, "документы", CallbackData.of(ClientDocuments.OF_CLIENT, boris.id().value(), specialist.id().value()));
        anna.pressButton("документы");
        ChatMessage documents = anna.awaitBotText("Это не ваше.");
        kalenner.sendButton(anna, "устаревшая", CallbackData.of(ClientsScreen.CARD, "x"));
        anna.pressButton("устаревшая");
        CallbackAnswer stale = anna.awaitCallbackAnswer();

        // then neither shows anything of him
        assertThat(card.showAlert()).isTrue();
        assertThat(card.text()).doesNotContain("Борис");
        assertThat(documents.text()).doesNotContain("тайна.pdf");
        assertThat(stale.text()).isEqualTo("Эта кнопка устарела. Начните заново из меню.");
    }
}
