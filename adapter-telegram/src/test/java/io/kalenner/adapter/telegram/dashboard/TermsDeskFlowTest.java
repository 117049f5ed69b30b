package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.port.DocumentContent;
import io.kalenner.application.port.DocumentId;
import io.kalenner.application.terms.SignConsent;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's {@code Условия}: a document added by title and file, who signed it, consent
 * required switched off, and a new version that makes consent pending again (D58).
 */
class TermsDeskFlowTest extends ProviderBotFlow {

    private static final byte[] OFFER_V1 = "%PDF-1.4 offer, first version".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OFFER_V2 = "%PDF-1.4 offer, second version".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aSpecialistUploadsTermsSeesWhoSignedSwitchesConsentAndUploadsANewVersion() {
        // given Анна on her Условия, and her client Борис
        TelegramUser anna = specialistIn("Анна", "ru", "Кабинет", "Условия", "Документов пока нет");
        Account specialist = kalenner.account(anna);
        TelegramUser boris = kalenner.user("Борис", "ru");
        Account client = kalenner.clientOf(boris, specialist);

        // when she adds a document, answering with a sticker and a photo first
        anna.pressButton("Добавить документ");
        anna.awaitBotText("Как назвать документ?");
        anna.sendSticker("📄");
        anna.awaitBotText("Название нужно написать текстом.");
        anna.sendText("Договор оферты");
        anna.awaitBotText("Пришлите файл «Договор оферты»");
        anna.sendPhoto(io.kalenner.adapter.telegram.chat.QrCodes.png("https://anna.example"));
        anna.awaitBotText("Пришлите файл как документ");
        assertThat(terms(specialist)).isEmpty();
        anna.sendDocument("oferta.pdf", "application/pdf", OFFER_V1);

        // then it is stored with consent required, and its file is the one sent
        ChatMessage added = anna.awaitBotText("Документ «Договор оферты» добавлен (версия 1).");
        assertThat(added.text()).contains("Версия 1: oferta.pdf", "Согласие: нужно согласие", "Пока никто не подписал.");
        TermsDocument offer = terms(specialist).single();
        assertThat(offer.consentRequired()).isTrue();
        assertThat(content(offer)).isEqualTo(OFFER_V1);

        // when Борис signs and she opens the list again
        kalenner.core.signConsent().sign(client.id(), new SignConsent.Command(offer.id(), 1)).get();
        anna.pressButton("« Условия");
        ChatMessage list = anna.awaitBotMessage(m -> m.edited() && m.text().contains("подписали: 1"));
        assertThat(list.text()).contains("«Договор оферты», версия 1 · нужно согласие · подписали: 1");
        anna.pressButton("1. Договор оферты");

        // then she sees who signed which version, and switches consent off
        ChatMessage detail = anna.awaitBotText("Кто подписал:");
        assertThat(detail.text()).contains("1. Борис — версия 1");
        assertThat(buttons(detail)).containsExactly("Не требовать согласия", "Новая версия", "« Условия");
        anna.pressButton("Не требовать согласия");
        anna.awaitBotText("Согласие: согласие не нужно");
        assertThat(terms(specialist).single().consentRequired()).isFalse();

        // when she uploads a new version
        anna.pressButton("Новая версия");
        anna.awaitBotText("Пришлите новую версию «Договор оферты»");
        anna.sendDocument("oferta-2.pdf", "application/pdf", OFFER_V2);

        // then version 2 is in force with its own file, and Борис's consent was to version 1
        assertThat(anna.awaitBotText("Загружена версия 2 документа «Договор оферты».").text())
                .contains("Версия 2: oferta-2.pdf", "1. Борис — версия 1");
        TermsDocument second = terms(specialist).single();
        assertThat(second.current().number()).isEqualTo(2);
        assertThat(content(second)).isEqualTo(OFFER_V2);
    }

    @Test
    void inEnglishATermsDocumentIsAddedFromTheDashboard() {
        // given
        TelegramUser emma = specialistIn("Emma", "en", "Dashboard", "Terms", "No documents yet");
        Account specialist = kalenner.account(emma);

        // when
        emma.pressButton("Add document");
        emma.awaitBotText("What is the document called?");
        emma.sendText("Service agreement");
        emma.awaitBotText("Send the file of “Service agreement”");
        emma.sendDocument("agreement.pdf", "application/pdf", OFFER_V1);

        // then
        assertThat(emma.awaitBotText("Document “Service agreement” added (version 1).").text()).contains("No one has signed yet.");
        assertThat(terms(specialist).map(TermsDocument::title)).containsExactly("Service agreement");
    }

    private io.vavr.collection.List<TermsDocument> terms(Account provider) {
        return kalenner.core.listTerms().forProvider(provider.id(), provider.id()).get().map(entry -> entry.document());
    }

    private byte[] content(TermsDocument document) {
        try (DocumentContent content = kalenner.core.ports().documents().open(new DocumentId(document.current().file().value())).get()) {
            return content.content().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
