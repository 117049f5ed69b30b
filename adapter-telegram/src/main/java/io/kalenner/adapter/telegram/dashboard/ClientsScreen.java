package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.adapter.telegram.documents.ClientDocuments;
import io.kalenner.adapter.telegram.relay.Relays;
import io.kalenner.application.booking.AppointmentView;
import io.kalenner.application.booking.ViewClients.ClientCard;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Клиенты}: the clients of every practice the provider works for (its own, and each
 * organization it is a member specialist of), each with the next appointment and what the client
 * owes (D74), and a button each. A client opens to its card: the same, and {@code Документы}
 * (the documents shared with the client, D75) and, for the provider's own clients, {@code Чат}.
 */
final class ClientsScreen {

    static final String LIST = "dL"; // "dl" is the provider card's Документы
    /** {@code g1:<client>:<practice>}. */
    static final String CARD = "g1";
    static final Set<String> ACTIONS = HashSet.of(LIST, CARD);

    private final Desk desk;

    ClientsScreen(Desk desk) {
        this.desk = desk;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        return switch (data.action()) {
            case LIST -> list(conversation, shown);
            case CARD -> data.uuid(0).flatMap(client -> data.uuid(1)
                            .map(practice -> card(conversation, shown, new AccountId(client), new AccountId(practice))))
                    .getOrElse(() -> Desk.stale(conversation));
            default -> Desk.stale(conversation);
        };
    }

    private CallbackAnswer list(Conversation conversation, Shown shown) {
        AccountId me = conversation.account().id();
        return desk.core.viewClients().all(me).fold(refused -> Desk.refused(conversation, refused), cards -> {
            InlineKeyboardButton back = button(conversation, "dashboard.back", Dashboard.MENU);
            if (cards.isEmpty()) {
                return desk.show(conversation, shown, new Screen(conversation.text("clients.none"), Keyboards.rows(List.of(List.of(back)))));
            }
            String lines = Desk.lines(conversation, cards, card -> line(conversation, me, card));
            List<List<InlineKeyboardButton>> rows = cards.take(Desk.LIST_LIMIT).zipWithIndex()
                    .map(pair -> List.of(Keyboards.button((pair._2 + 1) + ". " + pair._1.client().displayName(),
                            CallbackData.of(CARD, pair._1.client().id().value(), pair._1.practice().id().value()))))
                    .append(List.of(back));
            return desk.show(conversation, shown, new Screen(conversation.text("clients.heading", cards.size()) + "\n\n" + lines + "\n\n"
                    + conversation.text("clients.hint"), Keyboards.rows(rows)));
        });
    }

    /** {@code Борис · 08.01 10:00 · к оплате 2500 ₽ · Клиника}: the practice only when it is not the viewer's own. */
    private static String line(Conversation conversation, AccountId me, ClientCard card) {
        List<String> parts = List.of(card.client().displayName())
                .appendAll(card.next().map(view -> conversation.formats().shortDateTime(view.appointment().time().start())))
                .appendAll(conversation.formats().owed(card.owed(), "clients.owes", "clients.overpaid"))
                .appendAll(card.practice().id().equals(me) ? List.empty() : List.of(card.practice().displayName()));
        return parts.mkString(" · ");
    }

    private CallbackAnswer card(Conversation conversation, Shown shown, AccountId client, AccountId practice) {
        AccountId me = conversation.account().id();
        return desk.core.viewClients().one(me, client, practice).fold(refused -> Desk.refused(conversation, refused), card -> {
            List<String> owed = conversation.formats().owed(card.owed(), "clients.card-owes", "clients.card-overpaid");
            String text = "👤 " + card.client().displayName()
                    + (practice.equals(me) ? "" : "\n" + conversation.text("clients.card-practice", card.practice().displayName()))
                    + "\n\n" + card.next().map(view -> next(conversation, view)).getOrElse(() -> conversation.text("clients.card-no-next"))
                    + "\n" + (owed.isEmpty() ? conversation.text("clients.card-settled") : owed.mkString("\n"));
            // a member relays nothing for its organization: the organization's own chat does (D75)
            List<InlineKeyboardButton> actions = (practice.equals(me)
                    ? List.of(button(conversation, "clients.chat", Relays.OPEN_CHAT, client.value()))
                    : List.<InlineKeyboardButton>empty())
                    .append(button(conversation, "clients.documents", ClientDocuments.OF_CLIENT, client.value(), practice.value()));
            return desk.show(conversation, shown, new Screen(text,
                    Keyboards.rows(List.of(actions, List.of(button(conversation, "clients.back", LIST))))));
        });
    }

    private static String next(Conversation conversation, AppointmentView view) {
        return conversation.text("clients.card-next", conversation.formats().dateTime(view.appointment().time().start()),
                view.service().name(), conversation.formats().status(view.appointment().status()));
    }
}
