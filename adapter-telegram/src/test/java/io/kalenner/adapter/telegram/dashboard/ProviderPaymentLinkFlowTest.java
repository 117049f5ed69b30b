package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.ProviderBot.buttons;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.booking.EditService;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.profile.WebLink;
import io.kalenner.domain.service.Service;
import io.kalenner.sandbox.botapi.ChatMessage;
import io.kalenner.sandbox.botapi.TelegramUser;
import io.vavr.control.Option;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The provider-wide payment link, set in {@code Профиль}: the client's card pays by it, and a
 * service with a link of its own adds a choice (D57).
 */
class ProviderPaymentLinkFlowTest extends ProviderBotFlow {

    @Test
    void theProviderSetsItsPaymentLinkAndTheClientsCardPaysByItThenChoosesWhenAServiceHasItsOwn() {
        // given Анна on her profile, and her client Борис
        TelegramUser anna = specialistIn("Анна", "ru", "Кабинет", "Профиль", "страница скрыта");
        Account specialist = kalenner.account(anna);
        Service consultation = kalenner.specialistWithService(specialist);
        TelegramUser boris = kalenner.user("Борис", "ru");
        kalenner.clientOf(boris, specialist);

        // when she types a bad link first, then a good one
        anna.pressButton("Ссылка на оплату");
        anna.awaitBotText("«Ссылка на оплату»: пришлите адрес");
        anna.sendText("pay.example/anna");
        anna.awaitBotText("Ссылка должна быть полным адресом");
        assertThat(paymentLink(specialist)).isEmpty();
        anna.sendText("https://pay.example/anna");

        // then it is saved and Борис's card has Оплатить with it
        assertThat(anna.awaitBotText("Ссылка на оплату: https://pay.example/anna").text()).startsWith("Сохранено.");
        assertThat(paymentLink(specialist)).contains("https://pay.example/anna");
        ChatMessage card = openCard(boris);
        assertThat(buttons(card)).containsExactly("Чат", "Условия", "Документы", "Оплатить", "« Список специалистов");
        assertThat(card.urlButtons()).containsExactly(Map.entry("Оплатить", "https://pay.example/anna"));

        // when a service gets a link of its own
        kalenner.core.editService().edit(specialist.id(), new EditService.Command(consultation.id(),
                Option.none(), Option.none(), Option.none(), Option.none(), Option.some("https://pay.example/consultation"))).get();
        boris.pressButton("« Список специалистов");
        boris.awaitBotText("Ваши специалисты и организации:");
        boris.pressButton("👤 Анна");
        boris.awaitBotText("Выберите действие");
        boris.pressButton("Оплатить");

        // then Оплатить offers both, the provider's own first
        ChatMessage choice = boris.awaitBotText("Выберите услугу, которую хотите оплатить:");
        assertThat(choice.urlButtons()).containsExactly(
                Map.entry("👤 Анна — общая ссылка на оплату", "https://pay.example/anna"),
                Map.entry("Консультация · 60 мин · 3000 ₽", "https://pay.example/consultation"));
    }

    @Test
    void inEnglishALinkThatIsNotHttpIsRefusedAndNothingIsShown() {
        // given
        TelegramUser emma = specialistIn("Emma", "en", "Dashboard", "Profile", "hidden");
        Account specialist = kalenner.account(emma);
        kalenner.specialistWithService(specialist);

        // when
        emma.pressButton("Payment link");
        emma.awaitBotText("“Payment link”: send the address");
        emma.sendText("javascript:alert(1)");

        // then
        emma.awaitBotText("A link must be a full web address starting with http:// or https://.");
        assertThat(paymentLink(specialist)).isEmpty();
        emma.sendText("http://pay.example/emma");
        emma.awaitBotText("Payment link: http://pay.example/emma");
        assertThat(paymentLink(specialist)).contains("http://pay.example/emma");
    }

    private Option<String> paymentLink(Account provider) {
        return kalenner.core.viewOwnProfile().view(provider.id()).toOption().flatMap(profile -> profile.contacts().paymentLink()).map(WebLink::url);
    }

    private static ChatMessage openCard(TelegramUser client) {
        client.pressReplyButton("Список специалистов");
        client.awaitBotMessage(m -> m.inlineButtonLabels().stream().anyMatch(row -> row.contains("👤 Анна")));
        client.pressButton("👤 Анна");
        return client.awaitBotText("Выберите действие");
    }
}
