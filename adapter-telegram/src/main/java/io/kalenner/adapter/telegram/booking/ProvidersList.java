package io.kalenner.adapter.telegram.booking;

import static io.kalenner.adapter.telegram.chat.Keyboards.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.adapter.telegram.documents.DownloadLinks;
import io.kalenner.adapter.telegram.relay.Relays;
import io.kalenner.application.BookingCore;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Список специалистов}: the client's providers, specialists marked 👤 and organizations 🏫,
 * each a button that opens its card: {@code Профиль} (a link to the public page, while it is
 * published), {@code Чат},
 * {@code Условия} and {@code Документы}. {@code Оплатить} joins them once payment links exist.
 */
public final class ProvidersList {

    /** Back from a card to the list. */
    public static final String LIST = "pl";
    /** A provider's card: the provider's account id. */
    public static final String CARD = "pc";
    /** The card's {@code Условия} and {@code Документы}: actions of the terms and documents screens, the provider's id as argument. */
    static final String TERMS = "tl";
    static final String DOCUMENTS = "dl";

    private final BookingCore core;
    private final Outgoing outgoing;
    private final DownloadLinks pages;

    public ProvidersList(BookingCore core, Outgoing outgoing, DownloadLinks pages) {
        this.core = core;
        this.outgoing = outgoing;
        this.pages = pages;
    }

    public void show(Conversation conversation) {
        outgoing.call(list(conversation).sendTo(conversation.chatId()));
    }

    /** {@link #CARD} or {@link #LIST}: the list's message shows the card, or the list again. */
    public CallbackAnswer press(Conversation conversation, int messageId, CallbackData data) {
        Option<Screen> next = switch (data.action()) {
            case LIST -> Option.some(list(conversation));
            case CARD -> data.uuid(0).flatMap(id -> providerOf(conversation, new AccountId(id))).map(p -> card(conversation, p));
            default -> Option.none();
        };
        if (next.isEmpty()) {
            return CallbackAnswer.toast(conversation.text("button.stale"));
        }
        outgoing.call(next.get().replace(conversation.chatId(), messageId));
        return CallbackAnswer.NONE;
    }

    private Screen list(Conversation conversation) {
        List<Account> providers = core.listMyProviders().providers(conversation.account().id());
        return providers.isEmpty()
                ? Screen.text(conversation.text("booking.no-providers"))
                : new Screen(conversation.text("providers.heading") + "\n" + conversation.text("providers.choose"), Keyboards.grid(
                        providers.map(p -> button(BookingFlow.providerLabel(p), CallbackData.of(CARD, p.id().value()))), 1));
    }

    /** Only a provider on the client's own list has a card. */
    private Option<Account> providerOf(Conversation conversation, AccountId id) {
        return core.listMyProviders().providers(conversation.account().id()).find(p -> p.id().equals(id));
    }

    private Screen card(Conversation conversation, Account provider) {
        Object id = provider.id().value();
        // Профиль only while the page is published: a link to a page that answers 404 helps no one
        List<InlineKeyboardButton> first = core.profileAddress().of(conversation.account().id(), provider.id())
                .map(slug -> List.of(Keyboards.link(conversation.text("card.profile"), pages.profile(slug))))
                .getOrElse(List.empty())
                .append(button(conversation.text("card.chat"), CallbackData.of(Relays.OPEN_CHAT, id)));
        List<InlineKeyboardButton> second = List.of(
                button(conversation.text("card.terms"), CallbackData.of(TERMS, id)),
                button(conversation.text("card.documents"), CallbackData.of(DOCUMENTS, id)));
        List<InlineKeyboardButton> back = List.of(button(conversation.text("card.back"), CallbackData.of(LIST)));
        return new Screen(BookingFlow.providerLabel(provider) + "\n\n" + conversation.text("card.hint"),
                Keyboards.rows(List.of(first, second, back)));
    }
}
