package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.booking.AppointmentTexts;
import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * An organization's {@code Специалисты}: its member specialists in joining order, each a button
 * that asks whether to remove it from the organization; {@code Убрать} removes it (D77) and says
 * which of its appointments with the organization are still to come.
 */
final class SpecialistsScreen {

    static final String LIST = "dt";
    /** {@code h1:<specialist>}: the question. */
    static final String ASK_REMOVE = "h1";
    /** {@code h2:<specialist>}: the answer. */
    static final String REMOVE = "h2";
    static final Set<String> ACTIONS = HashSet.of(LIST, ASK_REMOVE, REMOVE);

    private final Desk desk;

    SpecialistsScreen(Desk desk) {
        this.desk = desk;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        return switch (data.action()) {
            case LIST -> list(conversation, shown, "");
            case ASK_REMOVE -> data.uuid(0).map(id -> ask(conversation, shown, new AccountId(id))).getOrElse(() -> Desk.stale(conversation));
            case REMOVE -> data.uuid(0).map(id -> remove(conversation, shown, new AccountId(id))).getOrElse(() -> Desk.stale(conversation));
            default -> Desk.stale(conversation);
        };
    }

    private CallbackAnswer list(Conversation conversation, Shown shown, String before) {
        AccountId me = conversation.account().id();
        return desk.core.listOrganizationSpecialists().specialists(me, me).fold(refused -> Desk.refused(conversation, refused), members -> {
            InlineKeyboardButton back = button(conversation, "dashboard.back", Dashboard.MENU);
            if (members.isEmpty()) {
                return desk.show(conversation, shown, new Screen(before + conversation.text("specialists.none"), Keyboards.rows(List.of(List.of(back)))));
            }
            List<List<InlineKeyboardButton>> rows = members.take(Desk.LIST_LIMIT).zipWithIndex()
                    .map(pair -> List.of(Keyboards.button((pair._2 + 1) + ". " + pair._1.displayName(), CallbackData.of(ASK_REMOVE, pair._1.id().value()))))
                    .append(List.of(back));
            return desk.show(conversation, shown, new Screen(before + conversation.text("specialists.heading", members.size()) + "\n\n"
                    + Desk.lines(conversation, members, Account::displayName) + "\n\n" + conversation.text("specialists.hint"), Keyboards.rows(rows)));
        });
    }

    private CallbackAnswer ask(Conversation conversation, Shown shown, AccountId specialist) {
        AccountId me = conversation.account().id();
        return desk.core.listOrganizationSpecialists().specialists(me, me).fold(refused -> Desk.refused(conversation, refused), members ->
                members.find(member -> member.id().equals(specialist))
                        .map(member -> desk.show(conversation, shown, new Screen(conversation.text("specialists.remove-question", member.displayName()),
                                Keyboards.rows(List.of(List.of(button(conversation, "specialists.remove", REMOVE, specialist.value()),
                                        button(conversation, "specialists.back", LIST)))))))
                        .getOrElse(() -> Desk.stale(conversation)));
    }

    private CallbackAnswer remove(Conversation conversation, Shown shown, AccountId specialist) {
        AccountId me = conversation.account().id();
        return desk.core.removeMember().remove(me, me, specialist).fold(refused -> Desk.refused(conversation, refused), removed -> {
            String done = conversation.text("specialists.removed", removed.specialist().displayName());
            if (!removed.upcoming().isEmpty()) {
                done += "\n" + conversation.text("specialists.removed-upcoming", removed.upcoming().size()) + "\n"
                        + removed.upcoming().map(view -> "• " + AppointmentTexts.forProvider(conversation, view).replace("\n", " · ")).mkString("\n");
            }
            return list(conversation, shown, done + "\n\n");
        });
    }
}
