package io.kalenner.adapter.telegram.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.telegram.booking.RequestAnswers;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.application.BookingCore;
import io.kalenner.application.account.IdentifyUser;
import io.kalenner.application.document.UploadSharedDocument;
import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.inmemory.InMemoryPorts;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.terms.SignConsent;
import io.kalenner.application.terms.UploadTermsDocument;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.TermsDocument;
import io.kalenner.sandbox.botapi.BotApiServer;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.control.Option;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A terms notice is rendered when it is delivered (D5, D61): one whose client signed meanwhile is
 * dropped unsent; so is an upload notice (D70) whose document was deleted or whose provider
 * switched the notices off meanwhile.
 */
class TermsToSignDeliveryTest {

    private static final String TOKEN = "889:terms";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-07T06:00:00Z"), ZoneOffset.UTC);

    private final BotApiServer telegram = BotApiServer.start(TOKEN);
    private final OkHttpClient http = new OkHttpClient();
    private final BookingCore core = new BookingCore(InMemoryPorts.create(CLOCK));
    private final Outgoing outgoing = new Outgoing(new OkHttpTelegramClient(http, TOKEN, new TelegramUrl("http", "127.0.0.1", telegram.port(), false)));
    private final NotificationDelivery delivery = new NotificationDelivery(core, outgoing, new RequestAnswers(core, outgoing), CLOCK);

    @AfterEach
    void stop() {
        delivery.close();
        telegram.close();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private Account account(TelegramUser user) {
        return core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(user.id()), user.firstName(), Language.RU));
    }

    private static UploadTermsDocument.Upload file(String text) {
        return new UploadTermsDocument.Upload(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "offer.pdf", "application/pdf");
    }

    @Test
    void givenTwoClientsToldOfANewVersionWhenOneSignsBeforeDeliveryThenOnlyTheOtherGetsTheNotice() {
        // given: Анна's offer needs consent; Борис and Вера are her clients and wrote to the bot
        Account anna = core.registerAsProvider().register(account(telegram.newUser("Анна", "ru")).id(),
                new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
        TermsDocument offer = core.uploadTermsDocument().newDocument(anna.id(), new UploadTermsDocument.NewDocument("Оферта", true, file("v1"))).get();
        String code = core.createClientInvitation().create(anna.id()).get().code().value();
        TelegramUser boris = telegram.newUser("Борис", "ru");
        TelegramUser vera = telegram.newUser("Вера", "ru");
        boris.sendText("hi");
        vera.sendText("hi");
        Account borisAccount = account(boris);
        core.acceptInvitation().accept(borisAccount.id(), new AcceptInvitation.Command(code)).get();
        core.acceptInvitation().accept(account(vera).id(), new AcceptInvitation.Command(code)).get();

        // when: a new version tells both, and Борис signs it before the notices go out
        core.uploadTermsDocument().newVersion(anna.id(), new UploadTermsDocument.NewVersion(offer.id(), file("v2"))).get();
        assertThat(core.ports().outbox().depth()).isEqualTo(2);
        core.signConsent().sign(borisAccount.id(), new SignConsent.Command(offer.id(), 2)).get();
        delivery.deliverDue();

        // then
        ChatMessage notice = vera.awaitBotText("просит вашего согласия");
        assertThat(notice.text()).startsWith("📄 Анна просит вашего согласия: «Оферта» (версия 2).");
        assertThat(boris.messages().stream().filter(ChatMessage::fromBot)).isEmpty();
        assertThat(core.ports().outbox().depth()).isZero();
        telegram.assertNoViolations();
    }

    @Test
    void givenUploadNoticesWaitingWhenTheDocumentIsDeletedOrTheNoticeSwitchedOffBeforeDeliveryThenThoseAreDroppedUnsent() {
        // given: Анна is told of uploads; Борис, her client, uploads three files
        TelegramUser annaUser = telegram.newUser("Анна", "ru");
        annaUser.sendText("hi");
        Account anna = core.registerAsProvider().register(account(annaUser).id(),
                new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none())).get();
        core.setUploadNotice().set(anna.id(), true).get();
        Account boris = account(telegram.newUser("Борис", "ru"));
        core.acceptInvitation().accept(boris.id(), new AcceptInvitation.Command(core.createClientInvitation().create(anna.id()).get().code().value())).get();
        java.util.function.Function<String, SharedDocument> upload = name -> core.uploadSharedDocument().upload(boris.id(),
                new UploadSharedDocument.Command(boris.id(), anna.id(), new ByteArrayInputStream(name.getBytes(StandardCharsets.UTF_8)), name,
                        "application/pdf")).get();
        SharedDocument deleted = upload.apply("удалённый.pdf");
        upload.apply("справка.pdf");

        // when: one is deleted before the notices go out
        core.deleteSharedDocument().delete(boris.id(), deleted.id()).get();
        delivery.deliverDue();

        // then only the other reaches her
        assertThat(annaUser.awaitBotText("загрузил документ").text()).startsWith("📄 Клиент Борис загрузил документ «справка.pdf».");
        assertThat(core.ports().outbox().depth()).isZero();

        // when: a third waits while she switches the notices off
        upload.apply("поздний.pdf");
        core.setUploadNotice().set(anna.id(), false).get();
        delivery.deliverDue();

        // then it is dropped unsent
        assertThat(core.ports().outbox().depth()).isZero();
        assertThat(annaUser.messages().stream().filter(ChatMessage::fromBot).map(ChatMessage::text).filter(t -> t.contains("загрузил документ")))
                .hasSize(1);
        telegram.assertNoViolations();
    }
}
