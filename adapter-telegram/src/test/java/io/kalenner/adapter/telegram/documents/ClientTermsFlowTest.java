package io.kalenner.adapter.telegram.documents;

import static io.kalenner.adapter.telegram.documents.DocumentsBot.buttons;
import static io.kalenner.adapter.telegram.documents.DocumentsBot.links;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.port.SignedLink;
import io.kalenner.application.terms.UploadTermsDocument;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.ConsentState;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A client's Условия: statuses, links, signing, a new version, withdrawal. */
class ClientTermsFlowTest {

    private DocumentsBot kalenner;

    @BeforeEach
    void start() throws Exception {
        kalenner = new DocumentsBot();
    }

    @AfterEach
    void stop() {
        try {
            kalenner.assertNoViolations();
        } finally {
            kalenner.close();
        }
    }

    private TermsDocument upload(Account provider, String title, boolean consentRequired) {
        return kalenner.core.uploadTermsDocument().newDocument(provider.id(), new UploadTermsDocument.NewDocument(title, consentRequired,
                file(title + ".pdf", "v1"))).get();
    }

    private static UploadTermsDocument.Upload file(String name, String text) {
        return new UploadTermsDocument.Upload(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, "application/pdf");
    }

    @Test
    void aClientSignsTermsAndANewVersionMakesThemPendingAgain() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.specialist(anna);
        TermsDocument offer = upload(specialist, "Договор оферты", true);
        upload(specialist, "Прайс", false);
        TelegramUser boris = kalenner.user("Борис", "ru");
        Account client = kalenner.clientOf(boris, specialist);

        kalenner.card(boris, specialist);
        boris.pressButton("Условия");
        ChatMessage terms = boris.awaitBotText("Условия — Анна");
        assertThat(terms.text()).contains("1. Договор оферты · ⏳ Ожидает согласия", "2. Прайс\n");
        assertThat(buttons(terms)).containsExactly("1. Договор оферты", "2. Прайс", "Скачать", "Изменить согласие");

        boris.pressButton("Изменить согласие");
        assertThat(boris.awaitCallbackAnswer().text()).startsWith("Сначала выберите документы");

        boris.pressButton("1. Договор оферты");
        assertThat(buttons(boris.awaitBotMessage(m -> buttons(m).contains("✅ 1. Договор оферты")))).contains("2. Прайс");

        boris.pressButton("Скачать");
        ChatMessage download = boris.awaitBotText("действуют 5 минут");
        assertThat(download.text()).contains("«Договор оферты» (версия 1):");
        assertThat(links(download)).singleElement().satisfies(link -> {
            assertThat(link).startsWith("https://kalenner.example/d/");
            SignedLink signed = kalenner.core.ports().links().verify(link.substring(link.lastIndexOf('/') + 1), DocumentsBot.NOW).get();
            assertThat(signed.account()).isEqualTo(client.id());
            assertThat(signed.document().value()).isEqualTo(offer.current().file().value());
        });

        boris.pressButton("Изменить согласие");
        ChatMessage confirm = boris.awaitBotText("Изменить согласие?");
        assertThat(confirm.text()).contains("✍️ Подписать: «Договор оферты» (версия 1)");
        assertThat(buttons(confirm)).contains("Подтвердить", "Отмена");
        boris.pressButton("Подтвердить");
        ChatMessage signed = boris.awaitBotText("✍️ Подписано: «Договор оферты».");
        assertThat(signed.text()).contains("1. Договор оферты · ✍️ Подписано");
        assertThat(buttons(signed)).contains("1. Договор оферты"); // nothing picked any more
        assertThat(kalenner.core.listTerms().forClient(client.id(), specialist.id()).get().head().state()).isEqualTo(ConsentState.SIGNED);

        kalenner.core.uploadTermsDocument().newVersion(specialist.id(), new UploadTermsDocument.NewVersion(offer.id(),
                file("offer-2.pdf", "v2"))).get();
        boris.pressButton("Условия");
        assertThat(boris.awaitBotText("Условия — Анна").text()).contains("1. Договор оферты · ⏳ Ожидает согласия");

        boris.pressButton("1. Договор оферты");
        boris.awaitBotMessage(m -> buttons(m).contains("✅ 1. Договор оферты"));
        boris.pressButton("Изменить согласие");
        assertThat(boris.awaitBotText("Изменить согласие?").text()).contains("«Договор оферты» (версия 2)");
        boris.pressButton("Подтвердить");
        assertThat(boris.awaitBotText("✍️ Подписано").text()).contains("1. Договор оферты · ✍️ Подписано");

        // withdrawing: the same button on a signed document
        boris.pressButton("1. Договор оферты");
        boris.awaitBotMessage(m -> buttons(m).contains("✅ 1. Договор оферты"));
        boris.pressButton("Изменить согласие");
        assertThat(boris.awaitBotText("Изменить согласие?").text()).contains("↩️ Отозвать согласие: «Договор оферты» (версия 2)");
        boris.pressButton("Подтвердить");
        assertThat(boris.awaitBotText("↩️ Согласие отозвано: «Договор оферты».").text())
                .contains("1. Договор оферты · ⏳ Ожидает согласия");
        // the history is kept: two consents, both withdrawn or superseded
        assertThat(kalenner.core.listTerms().forProvider(specialist.id(), specialist.id()).get().head().consents()).hasSize(2);
    }

    @Test
    void aNewVersionIsAnnouncedToTheClientWhoTapsThroughToTheTermsAndSignsIt() {
        // given: Борис is Анна's client; her offer needs consent
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.specialist(anna);
        TermsDocument offer = upload(specialist, "Договор оферты", true);
        TelegramUser boris = kalenner.user("Борис", "ru");
        Account client = kalenner.clientOf(boris, specialist);

        // when: she uploads a new version
        kalenner.core.uploadTermsDocument().newVersion(specialist.id(), new UploadTermsDocument.NewVersion(offer.id(),
                file("offer-2.pdf", "v2"))).get();

        // then: he is told, with the card's Условия button
        ChatMessage notice = boris.awaitBotText("просит вашего согласия");
        assertThat(notice.text()).isEqualTo("📄 Анна просит вашего согласия: «Договор оферты» (версия 2).\n"
                + "Нажмите «Условия», скачайте и прочитайте документ, затем подпишите его кнопкой «Изменить согласие».");
        assertThat(buttons(notice)).containsExactly("Условия");

        // when: he taps it, he sees the terms, pending, with the button that signs
        boris.pressButton("Условия");
        ChatMessage terms = boris.awaitBotText("Условия — Анна");
        assertThat(terms.text()).contains("1. Договор оферты · ⏳ Ожидает согласия");
        assertThat(buttons(terms)).containsExactly("1. Договор оферты", "Скачать", "Изменить согласие");
        boris.pressButton("1. Договор оферты");
        boris.awaitBotMessage(m -> buttons(m).contains("✅ 1. Договор оферты"));
        boris.pressButton("Изменить согласие");
        assertThat(boris.awaitBotText("Изменить согласие?").text()).contains("✍️ Подписать: «Договор оферты» (версия 2)");
        boris.pressButton("Подтвердить");
        assertThat(boris.awaitBotText("✍️ Подписано: «Договор оферты».").text()).contains("1. Договор оферты · ✍️ Подписано");
        assertThat(kalenner.core.listTerms().forClient(client.id(), specialist.id()).get().head().state()).isEqualTo(ConsentState.SIGNED);
    }

    @Test
    void consentTurnedOnIsAnnouncedInEnglishToAnEnglishSpeakingClient() {
        // given
        TelegramUser anna = kalenner.user("Anna", "en");
        Account specialist = kalenner.specialist(anna);
        TermsDocument rules = upload(specialist, "House rules", false);
        TelegramUser bob = kalenner.user("Bob", "en");
        kalenner.clientOf(bob, specialist);

        // when
        kalenner.core.setConsentRequired().set(specialist.id(), new io.kalenner.application.terms.SetConsentRequired.Command(rules.id(), true)).get();

        // then
        ChatMessage notice = bob.awaitBotText("asks for your consent");
        assertThat(notice.text()).isEqualTo("📄 Anna asks for your consent: “House rules” (version 1).\n"
                + "Press Terms, download and read the document, then sign it with Change consent.");
        bob.pressButton("Terms");
        assertThat(buttons(bob.awaitBotText("Terms — Anna"))).contains("Change consent");
    }

    @Test
    void aConfirmationForAnOlderVersionSignsNothing() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.specialist(anna);
        TermsDocument offer = upload(specialist, "Договор оферты", true);
        TelegramUser boris = kalenner.user("Борис", "ru");
        Account client = kalenner.clientOf(boris, specialist);
        kalenner.card(boris, specialist);
        boris.pressButton("Условия");
        boris.awaitBotText("Условия — Анна");
        boris.pressButton("1. Договор оферты");
        boris.awaitBotMessage(m -> buttons(m).contains("✅ 1. Договор оферты"));
        boris.pressButton("Изменить согласие");
        boris.awaitBotText("Изменить согласие?");

        kalenner.core.uploadTermsDocument().newVersion(specialist.id(), new UploadTermsDocument.NewVersion(offer.id(),
                file("offer-2.pdf", "v2"))).get();
        boris.pressButton("Подтвердить");

        assertThat(boris.awaitBotText("Документ обновился").text()).contains("1. Договор оферты · ⏳ Ожидает согласия");
        assertThat(kalenner.core.listTerms().forClient(client.id(), specialist.id()).get().head().state()).isEqualTo(ConsentState.PENDING);
    }

    @Test
    void someoneWhoIsNotAClientSeesNoTerms() {
        TelegramUser anna = kalenner.user("Анна", "ru");
        Account specialist = kalenner.specialist(anna);
        upload(specialist, "Договор оферты", true);
        TelegramUser stranger = kalenner.user("Вера", "ru");

        kalenner.card(stranger, specialist);
        stranger.pressButton("Условия");

        assertThat(stranger.awaitBotText("нет в вашем списке").text()).doesNotContain("Договор оферты");
    }

    @Test
    void inEnglishTheScreenUsesTheEnglishNames() {
        TelegramUser anna = kalenner.user("Anna", "en");
        Account specialist = kalenner.specialist(anna);
        upload(specialist, "Service agreement", true);
        TelegramUser bob = kalenner.user("Bob", "en");
        kalenner.clientOf(bob, specialist);

        kalenner.card(bob, specialist);
        bob.pressButton("Terms");
        ChatMessage terms = bob.awaitBotText("Terms — Anna");
        assertThat(terms.text()).contains("1. Service agreement · ⏳ Awaiting consent");
        assertThat(buttons(terms)).containsExactly("1. Service agreement", "Download", "Change consent");
        bob.pressButton("1. Service agreement");
        bob.awaitBotMessage(m -> buttons(m).contains("✅ 1. Service agreement"));
        bob.pressButton("Change consent");
        assertThat(bob.awaitBotText("Change consent?").text()).contains("✍️ Sign: “Service agreement” (version 1)");
        bob.pressButton("Confirm");
        assertThat(bob.awaitBotText("✍️ Signed: “Service agreement”.").text()).contains("1. Service agreement · ✍️ Signed");

        bob.pressButton("Documents");
        ChatMessage documents = bob.awaitBotText("Documents — Anna");
        assertThat(documents.text()).contains("No shared documents yet.");
        assertThat(buttons(documents)).containsExactly("Upload");
    }
}
