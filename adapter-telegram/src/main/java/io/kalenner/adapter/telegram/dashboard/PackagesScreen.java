package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.booking.PackageTexts;
import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.application.servicepackage.DefinePackage;
import io.kalenner.application.servicepackage.PackageOffer;
import io.kalenner.application.servicepackage.RecordPurchase;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.PurchaseId;
import io.kalenner.domain.servicepackage.ServicePackage;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Пакеты}: the provider's packages on sale and, under them, each client's purchases with the
 * sessions left. {@code Добавить пакет} picks a service, then asks the number of sessions and the
 * price (a bad answer is told what is expected and the question stays); a package opens to
 * {@code Клиент купил} (pick the client) and {@code В архив} (D52).
 */
final class PackagesScreen {

    static final String LIST = "dB";
    static final String OPEN = "dZ";
    static final String ADD = "db";
    static final String PICK_SERVICE = "df";
    static final String SELL = "dj";
    static final String SOLD = "dpS";
    static final String ARCHIVE = "dpA";
    static final Set<String> ACTIONS = HashSet.of(LIST, OPEN, ADD, PICK_SERVICE, SELL, SOLD, ARCHIVE);

    static final String STEP_PREFIX = "d.pkg.";
    private static final String SESSIONS_STEP = STEP_PREFIX + "sessions";
    private static final String PRICE_STEP = STEP_PREFIX + "price";

    private static final Logger log = LoggerFactory.getLogger(PackagesScreen.class);

    private final Desk desk;

    PackagesScreen(Desk desk) {
        this.desk = desk;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        AccountId me = conversation.account().id();
        return switch (data.action()) {
            case LIST -> shown(conversation, shown, list(conversation, ""));
            case ADD -> shown(conversation, shown, desk.core.listServices().services(me, me).map(services -> services.isEmpty()
                    ? new Screen(conversation.text("packages.no-services"), back(conversation))
                    : new Screen(conversation.text("packages.ask-service"), Keyboards.grid(services.take(Desk.LIST_LIMIT)
                            .map(s -> Keyboards.button(s.name(), CallbackData.of(PICK_SERVICE, s.id().value())))
                            .append(button(conversation, "packages.back", LIST)), 1))));
            case PICK_SERVICE -> data.uuid(0).map(ServiceId::new)
                    .flatMap(id -> desk.core.listServices().services(me, me).getOrElse(List.empty()).find(s -> s.id().equals(id)))
                    .map(service -> {
                        desk.dialogues.await(conversation.chatId(), SESSIONS_STEP, service.id().value().toString());
                        return desk.show(conversation, shown, new Screen(conversation.text("packages.ask-sessions", service.name())
                                + "\n" + conversation.text("dialogue.cancel-hint"), back(conversation)));
                    })
                    .getOrElse(() -> Desk.stale(conversation));
            case OPEN -> offer(conversation, data)
                    .map(offer -> desk.show(conversation, shown, detail(conversation, offer)))
                    .getOrElse(() -> Desk.stale(conversation));
            case SELL -> offer(conversation, data)
                    .map(offer -> shown(conversation, shown, desk.core.listClients().clients(me, me).map(clients -> clients.isEmpty()
                            ? new Screen(conversation.text("clients.none"), back(conversation))
                            : new Screen(conversation.text("packages.ask-client", label(conversation, offer)), Keyboards.grid(
                                    clients.take(Desk.LIST_LIMIT)
                                            .map(c -> Keyboards.button(c.displayName(), CallbackData.of(SOLD,
                                                    offer.servicePackage().id().value(), c.id().value(), desk.clock.instant())))
                                            .append(button(conversation, "packages.back", LIST)), 1)))))
                    .getOrElse(() -> Desk.stale(conversation));
            case SOLD -> {
                Option<PackageId> target = data.uuid(0).map(PackageId::new);
                Option<AccountId> client = data.uuid(1).map(AccountId::new);
                Option<java.time.Instant> listed = data.instant(2);
                if (target.isEmpty() || client.isEmpty() || listed.isEmpty()) {
                    yield Desk.stale(conversation);
                }
                // a press of the same button on the same list names the same purchase, so a double tap sells once (D52)
                PurchaseId purchase = new PurchaseId(UUID.nameUUIDFromBytes(String.join(":", Long.toString(conversation.chatId()),
                        Integer.toString(shown.messageId()), data.serialize()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                yield desk.core.recordPurchase().record(me, new RecordPurchase.Command(target.get(), client.get(), Option.some(purchase))).fold(
                        refused -> Desk.refused(conversation, refused),
                        bought -> {
                            log.info("package purchase recorded id={} by={}", bought.standing().purchase().id(), me);
                            return shown(conversation, shown, list(conversation, conversation.text("packages.sold",
                                    bought.client().displayName(), bought.service().name(), bought.standing().purchase().sessions()) + "\n\n"));
                        });
            }
            case ARCHIVE -> data.uuid(0).map(PackageId::new)
                    .map(id -> desk.core.archivePackage().archive(me, id).fold(
                            refused -> Desk.refused(conversation, refused),
                            archived -> {
                                log.info("package archived id={} by={}", archived.id(), me);
                                return shown(conversation, shown, list(conversation, conversation.text("packages.archived") + "\n\n"));
                            }))
                    .getOrElse(() -> Desk.stale(conversation));
            default -> Desk.stale(conversation);
        };
    }

    /** A typed answer: the number of sessions, then the price; the package is defined after the price. */
    void reply(Conversation conversation, State state, String text) {
        String[] parts = state.payload().split("\n", 2);
        Option<ServiceId> service = Try.of(() -> new ServiceId(UUID.fromString(parts[0]))).toOption();
        if (service.isEmpty()) {
            desk.dialogues.clear(conversation.chatId());
            desk.say(conversation, conversation.text("button.stale"));
            return;
        }
        if (state.step().equals(SESSIONS_STEP)) {
            Option<Integer> sessions = Try.of(() -> Integer.parseInt(text.strip())).toOption().filter(ServicePackage::sessionsAllowed);
            if (sessions.isEmpty()) {
                desk.say(conversation, conversation.text("packages.bad-sessions", ServicePackage.MIN_SESSIONS,
                        Integer.toString(ServicePackage.MAX_SESSIONS)));
                return;
            }
            desk.dialogues.await(conversation.chatId(), PRICE_STEP, parts[0] + "\n" + sessions.get());
            desk.say(conversation, conversation.text("packages.ask-price", conversation.texts().count("count.sessions", sessions.get())));
            return;
        }
        Option<Integer> sessions = Try.of(() -> Integer.parseInt(parts[1])).toOption();
        if (!state.step().equals(PRICE_STEP) || sessions.isEmpty()) {
            desk.dialogues.clear(conversation.chatId());
            desk.say(conversation, conversation.text("input.not-understood"));
            return;
        }
        Option<Money> price = Inputs.price(text);
        if (price.isEmpty()) {
            desk.say(conversation, conversation.text("packages.bad-price"));
            return;
        }
        Either<Rejection, ServicePackage> defined = desk.core.definePackage().define(conversation.account().id(),
                new DefinePackage.Command(service.get(), sessions.get(), price.get()));
        if (defined.isLeft()) {
            desk.say(conversation, Rejections.text(conversation, defined.getLeft()));
            return;
        }
        desk.dialogues.clear(conversation.chatId());
        log.info("package defined id={} by={}", defined.get().id(), conversation.account().id());
        list(conversation, conversation.text("packages.added") + "\n\n").peek(screen -> desk.send(conversation, screen));
    }

    private CallbackAnswer shown(Conversation conversation, Shown shown, Either<Rejection, Screen> screen) {
        return screen.fold(refused -> Desk.refused(conversation, refused), next -> desk.show(conversation, shown, next));
    }

    /** The package the button names, when it is one of the pressing provider's on sale. */
    private Option<PackageOffer> offer(Conversation conversation, CallbackData data) {
        AccountId me = conversation.account().id();
        return data.uuid(0).map(PackageId::new).flatMap(id -> desk.core.listPackages().packages(me).getOrElse(List.empty())
                .find(offer -> offer.servicePackage().id().equals(id)));
    }

    private Either<Rejection, Screen> list(Conversation conversation, String prefix) {
        AccountId me = conversation.account().id();
        return desk.core.listPackages().packages(me).flatMap(offers -> desk.core.listClientPackages().ofAllClients(me).map(bought -> {
            String text = prefix + (offers.isEmpty()
                    ? conversation.text("packages.none")
                    : conversation.text("packages.heading") + "\n\n" + Desk.lines(conversation, offers, o -> label(conversation, o)));
            if (!bought.isEmpty()) {
                text += "\n\n" + conversation.text("packages.clients-heading") + "\n"
                        + Desk.lines(conversation, bought, p -> p.client().displayName() + " — " + PackageTexts.standing(conversation, p));
            }
            List<InlineKeyboardButton> buttons = offers.take(Desk.LIST_LIMIT)
                    .map(o -> Keyboards.button(label(conversation, o), CallbackData.of(OPEN, o.servicePackage().id().value())))
                    .append(button(conversation, "packages.add", ADD))
                    .append(button(conversation, "dashboard.back", Dashboard.MENU));
            return new Screen(text, Keyboards.grid(buttons, 1));
        }));
    }

    private Screen detail(Conversation conversation, PackageOffer offer) {
        Object id = offer.servicePackage().id().value();
        return new Screen(label(conversation, offer), Keyboards.rows(List.of(
                List.of(button(conversation, "packages.sell", SELL, id), button(conversation, "packages.archive", ARCHIVE, id)),
                List.of(button(conversation, "packages.back", LIST)))));
    }

    private org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup back(Conversation conversation) {
        return Keyboards.grid(List.of(button(conversation, "packages.back", LIST)), 1);
    }

    /** A package as a line or a button: service · sessions · price. */
    static String label(Conversation conversation, PackageOffer offer) {
        ServicePackage p = offer.servicePackage();
        return conversation.text("packages.label", offer.service().name(), conversation.texts().count("count.sessions", p.sessions()),
                conversation.formats().money(p.price()));
    }
}
