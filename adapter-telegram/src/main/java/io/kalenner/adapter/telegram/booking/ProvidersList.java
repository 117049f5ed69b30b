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
import io.kalenner.application.servicepackage.ClientPackage;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.service.Service;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Список специалистов}: the client's providers, specialists marked 👤 and organizations 🏫,
 * each a button that opens its card: {@code Профиль} (a link to the public page, while it is
 * published), {@code Чат},
 * {@code Условия}, {@code Документы}, and {@code Оплатить} where the provider or its services have
 * payment links: the link itself when they are all one address, else a screen with the provider's
 * own link first and a link per service (D49, D57).
 */
public final class ProvidersList {

    /** Back from a card to the list. */
    public static final String LIST = "pl";
    /** A provider's card: the provider's account id. */
    public static final String CARD = "pc";
    /** The card's {@code Оплатить} when the provider's services have different payment links: the provider's id. */
    public static final String PAY = "pp";
    /** The card's {@code Условия} and {@code Документы}: actions of the terms and documents screens, the provider's id as argument. */
    static final String TERMS = "tl";
    static final String DOCUMENTS = "dl";

    /** The most payment links one screen lists (an inline keyboard holds 100 buttons). */
    static final int MAX_PAYMENT_LINKS = 50;

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

    /** {@link #CARD}, {@link #PAY} or {@link #LIST}: the list's message shows the card, its payment links, or the list again. */
    public CallbackAnswer press(Conversation conversation, int messageId, CallbackData data) {
        Option<Screen> next = switch (data.action()) {
            case LIST -> Option.some(list(conversation));
            case CARD -> data.uuid(0).flatMap(id -> providerOf(conversation, new AccountId(id))).map(p -> card(conversation, p));
            case PAY -> data.uuid(0).flatMap(id -> providerOf(conversation, new AccountId(id))).map(p -> payments(conversation, p));
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
        List<InlineKeyboardButton> links = paymentLinks(conversation, provider);
        List<List<InlineKeyboardButton>> pay = links.isEmpty() ? List.empty() : List.of(List.of(links.size() == 1
                ? Keyboards.link(conversation.text("card.pay"), links.head().getUrl())
                : button(conversation.text("card.pay"), CallbackData.of(PAY, id))));
        return new Screen(BookingFlow.providerLabel(provider) + "\n\n" + packages(conversation, provider) + balance(conversation, provider)
                + conversation.text("card.hint"),
                Keyboards.rows(List.of(first, second).appendAll(pay).append(back)));
    }

    /** The client's packages from the provider with the sessions left, and a blank line; nothing without any (D53). */
    private String packages(Conversation conversation, Account provider) {
        List<ClientPackage> mine = core.listMyPackages().fromProvider(conversation.account().id(), provider.id()).getOrElse(List.empty());
        return mine.isEmpty() ? "" : conversation.text("packages.mine-heading") + "\n"
                + mine.map(p -> "• " + PackageTexts.standing(conversation, p)).mkString("\n") + "\n\n";
    }

    /** What the client owes the provider (D74), and a blank line; nothing when settled. */
    private String balance(Conversation conversation, Account provider) {
        List<String> owed = conversation.formats().owed(core.viewMyBalance().owed(conversation.account().id(), provider.id())
                .getOrElse(List.empty()), "card.owes", "card.overpaid");
        return owed.isEmpty() ? "" : owed.mkString("\n") + "\n\n";
    }

    /** {@code Оплатить} with several links: the provider's own first, then one per service, named as the booking names it. */
    private Screen payments(Conversation conversation, Account provider) {
        List<InlineKeyboardButton> links = paymentLinks(conversation, provider);
        return new Screen(BookingFlow.providerLabel(provider) + "\n\n" + conversation.text(links.isEmpty() ? "card.pay-none" : "card.pay-choose"),
                Keyboards.grid(links.append(button(conversation.text("card.back-to-card"), CallbackData.of(CARD, provider.id().value()))), 1));
    }

    /**
     * Every distinct place to pay the provider, as URL buttons: its provider-wide link (labelled as
     * the provider), then the services' links it does not repeat (D57); at most {@link #MAX_PAYMENT_LINKS}.
     */
    private List<InlineKeyboardButton> paymentLinks(Conversation conversation, Account provider) {
        Option<String> own = core.providerPaymentLink().of(conversation.account().id(), provider.id()).toOption()
                .flatMap(link -> link).map(link -> link.url());
        List<InlineKeyboardButton> services = payable(conversation, provider)
                .filter(service -> !own.contains(service.paymentLink().get().url()))
                .map(service -> Keyboards.link(BookingFlow.serviceLabel(conversation, service), service.paymentLink().get().url()));
        List<InlineKeyboardButton> all = own.map(url -> Keyboards.link(conversation.text("card.pay-provider", BookingFlow.providerLabel(provider)), url))
                .toList().appendAll(services);
        // services sharing one link, with no provider link, are one place to pay (D49)
        return all.distinctBy(InlineKeyboardButton::getUrl).size() == 1 ? all.take(1) : all.take(MAX_PAYMENT_LINKS);
    }

    /** The provider's offered services that have a payment link. */
    private List<Service> payable(Conversation conversation, Account provider) {
        return core.listServices().services(conversation.account().id(), provider.id())
                .getOrElse(List.empty())
                .filter(service -> service.paymentLink().isDefined());
    }
}
