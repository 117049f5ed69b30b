package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Account;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The provider's opt-in notice of client uploads, switched in the dashboard's {@code Напоминания}:
 * off by default, so a client's upload tells nobody (the FAQ); on, each client upload reaches the
 * provider as one notice in its language.
 */
class UploadNoticeFlowTest extends ProviderBotFlow {

    /** A client's upload through its provider card: {@code Документы}, {@code Загрузить}, the file. */
    private static void upload(TelegramUser client, String providerButton, String[] labels, String fileName) {
        client.pressReplyButton(labels[0]);
        client.awaitBotMessage(m -> buttons(m).contains(providerButton));
        client.pressButton(providerButton);
        client.awaitBotMessage(m -> buttons(m).contains(labels[1]));
        client.pressButton(labels[1]);
        client.awaitBotMessage(m -> buttons(m).contains(labels[2]));
        client.pressButton(labels[2]);
        client.awaitBotText(labels[3]);
        client.sendDocument(fileName, "application/pdf", ("content of " + fileName).getBytes(StandardCharsets.UTF_8));
        client.awaitBotText(fileName);
    }

    private static final String[] RU = {"Список специалистов", "Документы", "Загрузить", "Пришлите файл"};
    private static final String[] EN = {"Specialists list", "Documents", "Upload", "Send a file"};

    private static List<String> notices(TelegramUser provider, String start) {
        return provider.messages().stream().filter(ChatMessage::fromBot).map(ChatMessage::text).filter(text -> text.startsWith(start)).toList();
    }

    @Test
    void offByDefaultAClientsUploadTellsNobodyAndOnceTurnedOnEachUploadReachesTheProvider() {
        // given: Анна opens Напоминания, which says she is not told of uploads
        TelegramUser anna = specialistIn("Анна", "ru", "Кабинет", "Напоминания", "напоминание о подтверждённой записи");
        Account specialist = kalenner.account(anna);
        ChatMessage settings = anna.lastBotMessage();
        assertThat(settings.text()).endsWith("📄 Когда клиент загружает документ, уведомление не приходит.");
        assertThat(buttons(settings)).containsExactly("Изменить", "Выключить", "🔔 Сообщать о документах клиентов", "« Кабинет");
        TelegramUser boris = kalenner.user("Борис", "ru");
        kalenner.clientOf(boris, specialist);

        // when Борис uploads while the notice is off (the default)
        upload(boris, "👤 Анна", RU, "анализы.pdf");

        // and Анна turns it on, then Борис uploads again
        anna.pressButton("🔔 Сообщать о документах клиентов");
        ChatMessage on = anna.awaitBotText("вам приходит уведомление");
        assertThat(buttons(on)).containsExactly("Изменить", "Выключить", "🔕 Не сообщать о документах клиентов", "« Кабинет");
        assertThat(kalenner.core.setUploadNotice().current(specialist.id())).containsExactly(true);
        upload(boris, "👤 Анна", RU, "справка.pdf");

        // then only the second upload reached her (notices leave in the order they were made)
        ChatMessage notice = anna.awaitBotText("загрузил документ");
        assertThat(notice.text()).isEqualTo("📄 Клиент Борис загрузил документ «справка.pdf».\nВыключить такие уведомления: Кабинет → Напоминания.");
        assertThat(buttons(notice)).containsExactly("Документы");

        // and its Документы opens what Борис shares with her
        anna.pressButton("Документы");
        assertThat(anna.awaitBotText("Документы клиента Борис").text()).contains("1. 🔵 анализы.pdf", "2. 🔵 справка.pdf");

        // when she turns it off again, Борис uploads a third, she turns it on and he uploads a fourth
        anna.pressButton("🔕 Не сообщать о документах клиентов");
        anna.awaitBotText("уведомление не приходит");
        upload(boris, "👤 Анна", RU, "рецепт.pdf");
        anna.pressButton("🔔 Сообщать о документах клиентов");
        anna.awaitBotText("вам приходит уведомление");
        upload(boris, "👤 Анна", RU, "выписка.pdf");
        anna.awaitBotText("«выписка.pdf»");

        // then the uploads made while it was off told her nothing, and Борис was told of none
        assertThat(notices(anna, "📄 Клиент")).containsExactly(
                "📄 Клиент Борис загрузил документ «справка.pdf».\nВыключить такие уведомления: Кабинет → Напоминания.",
                "📄 Клиент Борис загрузил документ «выписка.pdf».\nВыключить такие уведомления: Кабинет → Напоминания.");
        assertThat(notices(boris, "📄")).isEmpty();
    }

    @Test
    void inEnglishTheProviderTurnsTheNoticeOnAndReadsItInEnglish() {
        // given
        TelegramUser anna = specialistIn("Anna", "en", "Dashboard", "Reminders", "accepted appointment");
        assertThat(anna.lastBotMessage().text()).endsWith("📄 You get no notice when a client uploads a document.");
        TelegramUser boris = kalenner.user("Boris", "en");
        kalenner.clientOf(boris, kalenner.account(anna));
        upload(boris, "👤 Anna", EN, "before.pdf");

        // when
        anna.pressButton("🔔 Notify me of clients' documents");
        assertThat(buttons(anna.awaitBotText("You get a notice when a client uploads a document."))).contains("🔕 Stop notices of clients' documents");
        upload(boris, "👤 Anna", EN, "results.pdf");

        // then
        assertThat(anna.awaitBotText("uploaded a document").text())
                .isEqualTo("📄 Client Boris uploaded a document “results.pdf”.\nTo turn these notices off: Dashboard → Reminders.");
        assertThat(notices(anna, "📄 Client")).hasSize(1);
    }
}
