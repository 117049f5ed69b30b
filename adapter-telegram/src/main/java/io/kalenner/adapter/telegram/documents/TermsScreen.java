package io.kalenner.adapter.telegram.documents;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.application.terms.ListTerms.ClientTerms;
import io.kalenner.application.terms.SignConsent;
import io.kalenner.application.terms.TermsDownloadLink;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.ConsentState;
import io.kalenner.domain.document.TermsDocumentId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.UUID;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Условия}: the provider's terms documents with the client's status ({@code ⏳ Ожидает
 * согласия}, {@code ✍️ Подписано} or nothing); pick one or several, then {@code Скачать} (a
 * 5-minute link each) or {@code Изменить согласие} (asks to confirm, then signs what is pending
 * and withdraws what is signed).
 */
public final class TermsScreen {

    /** Opens the list; the provider card's {@code Условия} button. */
    public static final String LIST = "tl";
    public static final String TOGGLE = "tx";
    public static final String REFRESH = "tr";
    public static final String DOWNLOAD = "tg";
    public static final String CHANGE = "tc";
    public static final String CONFIRM = "ty";
    static final Set<String> ACTIONS = HashSet.of(LIST, TOGGLE, REFRESH, DOWNLOAD, CHANGE, CONFIRM);

    private static final int LIMIT = 30;

    private final BookingCore core;
    private final Outgoing outgoing;
    private final DownloadLinks links;

    TermsScreen(BookingCore core, Outgoing outgoing, DownloadLinks links) {
        this.core = core;
        this.outgoing = outgoing;
        this.links = links;
    }

    /** The list as a new message. */
    void show(Conversation conversation, AccountId provider) {
        list(conversation, provider, HashSet.empty(), "").fold(
                refused -> outgoing.call(Screen.text(Rejections.text(conversation, refused)).sendTo(conversation.chatId())),
                screen -> outgoing.call(screen.sendTo(conversation.chatId())));
    }

    CallbackAnswer press(Conversation conversation, Picks shown, CallbackData data) {
        Option<AccountId> provider = data.uuid(0).map(AccountId::new);
        if (provider.isEmpty()) {
            return stale(conversation);
        }
        AccountId me = conversation.account().id();
        List<Pick> picked = shown.picked(TOGGLE).flatMap(Pick::of);
        return switch (data.action()) {
            case LIST -> {
                show(conversation, provider.get());
                yield CallbackAnswer.NONE;
            }
            case TOGGLE -> Pick.of(data).fold(() -> stale(conversation), pressed -> {
                Set<UUID> now = picked.map(Pick::document).toSet();
                now = now.contains(pressed.document()) ? now.remove(pressed.document()) : now.add(pressed.document());
                return replace(conversation, shown, list(conversation, provider.get(), now, ""));
            });
            case REFRESH -> replace(conversation, shown, list(conversation, provider.get(), picked.map(Pick::document).toSet(), ""));
            case DOWNLOAD -> picked.isEmpty() ? CallbackAnswer.toast(conversation.text("terms.pick-first")) : download(conversation, provider.get(), picked);
            case CHANGE -> picked.isEmpty() ? CallbackAnswer.toast(conversation.text("terms.pick-first"))
                    : askToConfirm(conversation, shown, provider.get(), picked);
            case CONFIRM -> picked.isEmpty() ? stale(conversation) : change(conversation, shown, provider.get(), me, picked);
            default -> stale(conversation);
        };
    }

    private CallbackAnswer download(Conversation conversation, AccountId provider, List<Pick> picked) {
        AccountId me = conversation.account().id();
        // titles only from the list the client may see: a forged button learns nothing
        List<ClientTerms> terms = core.listTerms().forClient(me, provider).getOrElse(List.empty());
        String lines = picked.map(pick -> {
            String title = terms.find(t -> t.document().id().value().equals(pick.document())).map(t -> t.document().title()).getOrElse("?");
            return core.termsDownloadLink().link(me, new TermsDownloadLink.Command(pick.id(), pick.version())).fold(
                    refused -> conversation.text("terms.refused", title, Rejections.text(conversation, refused)),
                    link -> conversation.text("terms.link", title, pick.version(), links.of(link)));
        }).mkString("\n\n");
        outgoing.call(Screen.text(conversation.text("documents.links-heading") + "\n\n" + lines).sendTo(conversation.chatId()));
        return CallbackAnswer.NONE;
    }

    private CallbackAnswer askToConfirm(Conversation conversation, Picks shown, AccountId provider, List<Pick> picked) {
        AccountId me = conversation.account().id();
        return core.listTerms().forClient(me, provider).fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                terms -> {
                    List<ClientTerms> chosen = terms.filter(t -> picked.exists(p -> p.document().equals(t.document().id().value())));
                    if (chosen.isEmpty()) {
                        return stale(conversation);
                    }
                    String plan = chosen.map(t -> conversation.text(switch (t.state()) {
                        case PENDING -> "terms.will-sign";
                        case SIGNED -> "terms.will-withdraw";
                        case NOT_REQUIRED -> "terms.will-skip";
                    }, t.document().title(), t.document().current().number())).mkString("\n");
                    Set<UUID> now = chosen.map(t -> t.document().id().value()).toSet();
                    List<List<InlineKeyboardButton>> rows = documentRows(conversation, provider, terms, now).append(List.of(
                            Keyboards.button(conversation.text("terms.confirm"), CallbackData.of(CONFIRM, provider.value())),
                            Keyboards.button(conversation.text("terms.cancel"), CallbackData.of(REFRESH, provider.value()))));
                    return replace(conversation, shown, io.vavr.control.Either.right(new Screen(conversation.text("terms.confirm-question") + "\n\n" + plan,
                            Keyboards.rows(rows))));
                });
    }

    private CallbackAnswer change(Conversation conversation, Picks shown, AccountId provider, AccountId me, List<Pick> picked) {
        return core.listTerms().forClient(me, provider).fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                terms -> {
                    List<String> outcomes = picked.flatMap(pick -> terms.find(t -> t.document().id().value().equals(pick.document()))
                            .map(t -> outcome(conversation, me, t, pick)));
                    return replace(conversation, shown, list(conversation, provider, HashSet.empty(),
                            outcomes.isEmpty() ? "" : outcomes.mkString("\n") + "\n\n"));
                });
    }

    private String outcome(Conversation conversation, AccountId me, ClientTerms terms, Pick pick) {
        String title = terms.document().title();
        return switch (terms.state()) {
            case PENDING -> core.signConsent().sign(me, new SignConsent.Command(terms.document().id(), pick.version())).fold(
                    refused -> conversation.text("terms.refused", title, Rejections.text(conversation, refused)),
                    signed -> conversation.text("terms.signed", title));
            case SIGNED -> core.withdrawConsent().withdraw(me, terms.document().id()).fold(
                    refused -> conversation.text("terms.refused", title, Rejections.text(conversation, refused)),
                    withdrawn -> conversation.text("terms.withdrawn", title));
            case NOT_REQUIRED -> conversation.text("terms.refused", title,
                    Rejections.text(conversation, Rejection.of(Rejection.Reason.CONSENT_NOT_REQUIRED)));
        };
    }

    private io.vavr.control.Either<Rejection, Screen> list(Conversation conversation, AccountId provider, Set<UUID> picked, String before) {
        AccountId me = conversation.account().id();
        String name = core.ports().accounts().findById(provider).map(Account::displayName).getOrElse("");
        return core.listTerms().forClient(me, provider).map(terms -> {
            if (terms.isEmpty()) {
                return Screen.text(before + conversation.text("terms.none", name));
            }
            String lines = terms.take(LIMIT).zipWithIndex().map(pair -> (pair._2 + 1) + ". " + pair._1.document().title()
                    + state(conversation, pair._1.state())).mkString("\n");
            if (terms.size() > LIMIT) {
                lines += "\n" + conversation.text("list.more", terms.size() - LIMIT);
            }
            List<List<InlineKeyboardButton>> rows = documentRows(conversation, provider, terms, picked).append(List.of(
                    Keyboards.button(conversation.text("documents.download"), CallbackData.of(DOWNLOAD, provider.value())),
                    Keyboards.button(conversation.text("terms.change-consent"), CallbackData.of(CHANGE, provider.value()))));
            return new Screen(before + conversation.text("terms.heading", name) + "\n\n" + lines + "\n\n" + conversation.text("terms.hint"),
                    Keyboards.rows(rows));
        });
    }

    private static List<List<InlineKeyboardButton>> documentRows(Conversation conversation, AccountId provider, List<ClientTerms> terms,
            Set<UUID> picked) {
        return terms.take(LIMIT).zipWithIndex().map(pair -> {
            UUID id = pair._1.document().id().value();
            boolean on = picked.contains(id);
            return List.of(Keyboards.button(Picks.label((on ? "✅ " : "") + (pair._2 + 1) + ". " + pair._1.document().title()),
                    CallbackData.of(TOGGLE, provider.value(), id, pair._1.document().current().number(),
                            on ? Picks.PICKED : Picks.NOT_PICKED)));
        });
    }

    private static String state(Conversation conversation, ConsentState state) {
        return switch (state) {
            case PENDING -> " · " + conversation.text("terms.pending");
            case SIGNED -> " · " + conversation.text("terms.signed-state");
            case NOT_REQUIRED -> "";
        };
    }

    private CallbackAnswer replace(Conversation conversation, Picks shown, io.vavr.control.Either<Rejection, Screen> screen) {
        return screen.fold(refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)), s -> {
            if (!shown.shows(s)) {
                outgoing.call(s.replace(conversation.chatId(), shown.messageId()));
            }
            return CallbackAnswer.NONE;
        });
    }

    private static CallbackAnswer stale(Conversation conversation) {
        return CallbackAnswer.toast(conversation.text("button.stale"));
    }

    /** A picked document as its button names it: the document and the version the client was shown. */
    record Pick(UUID document, int version) {

        static Option<Pick> of(CallbackData data) {
            return data.uuid(1).flatMap(document -> Option.when(data.arguments().size() == 4, () -> data.arguments().get(2))
                    .flatMap(text -> Try.of(() -> Integer.parseInt(text)).toOption())
                    .filter(version -> version >= 1)
                    .map(version -> new Pick(document, version)));
        }

        TermsDocumentId id() {
            return new TermsDocumentId(document);
        }
    }
}
