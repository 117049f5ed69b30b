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
import io.kalenner.application.servicepackage.ClientPackage;
import io.kalenner.application.servicepackage.DefinePackage;
import io.kalenner.application.servicepackage.PackageOffer;
import io.kalenner.application.servicepackage.RecordPurchase;
import io.kalenner.application.servicepackage.RecordPurchasePayment;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.ServiceId;
import io.kalenner.domain.servicepackage.PackageId;
import io.kalenner.domain.servicepackage.PackagePolicy;
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
 * sessions used, booked and left and what is owed. {@code Добавить пакет} picks a service, then asks
 * the number of sessions, the price and the validity in days ({@code Пропустить} for none; a bad
 * answer is told what is expected and the question stays); a package opens to {@code Клиент купил}
 * (pick the client, then say what was paid now) and {@code В архив} (D52, D66, D67). {@code Оплата
 * пакета} records a later payment on a purchase, and a button switches whether a missed appointment
 * uses its session (D65). A member of an organization also reads the organization's packages (D68).
 */
final class PackagesScreen {

    static final String LIST = "dB";
    static final String OPEN = "dZ";
    static final String ADD = "db";
    static final String PICK_SERVICE = "df";
    static final String SELL = "dj";
    static final String SOLD = "dpS";
    static final String ARCHIVE = "dpA";
    static final String POLICY_ON = "e1";
    static final String POLICY_OFF = "e2";
    static final String SKIP_VALIDITY = "e3";
    static final String PAID_IN_FULL = "e4";
    static final String PAY = "e5";
    static final String PAY_PURCHASE = "e6";
    static final Set<String> ACTIONS = HashSet.of(LIST, OPEN, ADD, PICK_SERVICE, SELL, SOLD, ARCHIVE,
            POLICY_ON, POLICY_OFF, SKIP_VALIDITY, PAID_IN_FULL, PAY, PAY_PURCHASE);
    /** Buttons that answer the question waiting, which must therefore stay until they read it. */
    static final Set<String> ANSWERS = HashSet.of(SKIP_VALIDITY, PAID_IN_FULL);

    static final String STEP_PREFIX = "d.pkg.";
    private static final String SESSIONS_STEP = STEP_PREFIX + "sessions";
    private static final String PRICE_STEP = STEP_PREFIX + "price";
    private static final String VALIDITY_STEP = STEP_PREFIX + "validity";
    private static final String PAID_STEP = STEP_PREFIX + "paid";
    private static final String PAYMENT_STEP = STEP_PREFIX + "payment";

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
                Option<PackageOffer> offer = offer(conversation, data);
                Option<AccountId> client = data.uuid(1).map(AccountId::new);
                if (offer.isEmpty() || client.isEmpty() || data.instant(2).isEmpty()) {
                    yield Desk.stale(conversation);
                }
                // a press of the same button on the same list names the same purchase, so a double tap sells once (D52)
                PurchaseId purchase = new PurchaseId(UUID.nameUUIDFromBytes(String.join(":", Long.toString(conversation.chatId()),
                        Integer.toString(shown.messageId()), data.serialize()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                desk.dialogues.await(conversation.chatId(), PAID_STEP, String.join("\n", offer.get().servicePackage().id().toString(),
                        client.get().value().toString(), purchase.toString()));
                yield desk.show(conversation, shown, new Screen(conversation.text("packages.ask-paid", label(conversation, offer.get()))
                        + "\n" + conversation.text("dialogue.cancel-hint"), Keyboards.grid(List.of(
                                button(conversation, "packages.paid-in-full", PAID_IN_FULL, purchase.value()),
                                button(conversation, "packages.back", LIST)), 1)));
            }
            case PAID_IN_FULL -> sale(conversation, data.uuid(0).map(PurchaseId::new))
                    .map(sale -> shown(conversation, shown, sell(conversation, sale, Option.none())))
                    .getOrElse(() -> Desk.stale(conversation));
            case SKIP_VALIDITY -> desk.dialogues.waiting(conversation.chatId()).filter(state -> state.step().equals(VALIDITY_STEP))
                    .map(state -> shown(conversation, shown, define(conversation, state.payload(), Option.none())))
                    .getOrElse(() -> Desk.stale(conversation));
            case POLICY_ON, POLICY_OFF -> desk.core.setPackagePolicy().set(me, new PackagePolicy(data.action().equals(POLICY_ON))).fold(
                    refused -> Desk.refused(conversation, refused),
                    set -> {
                        log.info("package policy set missedUsesSession={} by={}", set.missedUsesSession(), me);
                        return shown(conversation, shown, list(conversation, conversation.text("packages.policy-set") + "\n\n"));
                    });
            case PAY -> shown(conversation, shown, desk.core.listClientPackages().ofAllClients(me).map(bought -> bought.isEmpty()
                    ? new Screen(conversation.text("packages.no-purchases"), back(conversation))
                    : new Screen(conversation.text("packages.ask-purchase"), Keyboards.grid(bought.reverse().take(Desk.LIST_LIMIT)
                            .map(p -> Keyboards.button(purchaseLabel(conversation, p),
                                    CallbackData.of(PAY_PURCHASE, p.standing().purchase().id().value())))
                            .append(button(conversation, "packages.back", LIST)), 1))));
            case PAY_PURCHASE -> data.uuid(0).flatMap(id -> desk.core.listClientPackages().ofAllClients(me).getOrElse(List.empty())
                            .find(p -> p.standing().purchase().id().value().equals(id)))
                    .map(p -> {
                        desk.dialogues.await(conversation.chatId(), PAYMENT_STEP, p.standing().purchase().id().toString());
                        return desk.show(conversation, shown, new Screen(conversation.text("packages.ask-payment", purchaseLabel(conversation, p),
                                conversation.formats().money(p.standing().balance())) + "\n" + conversation.text("dialogue.cancel-hint"),
                                back(conversation)));
                    })
                    .getOrElse(() -> Desk.stale(conversation));
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

    /**
     * A typed answer: the number of sessions, the price, then the validity, after which the package
     * is defined; or what a client paid, at a sale or later.
     */
    void reply(Conversation conversation, State state, String text) {
        if (state.step().equals(PAID_STEP)) {
            paidNow(conversation, state, text);
            return;
        }
        if (state.step().equals(PAYMENT_STEP)) {
            laterPayment(conversation, state, text);
            return;
        }
        if (state.step().equals(VALIDITY_STEP)) {
            Option<Integer> days = Try.of(() -> Integer.parseInt(text.strip())).toOption().filter(ServicePackage::validityAllowed);
            if (days.isEmpty()) {
                desk.say(conversation, conversation.text("packages.bad-validity", ServicePackage.MIN_VALIDITY_DAYS,
                        Integer.toString(ServicePackage.MAX_VALIDITY_DAYS)));
                return;
            }
            define(conversation, state.payload(), days).peek(screen -> desk.send(conversation, screen))
                .peekLeft(refused -> desk.say(conversation, Rejections.text(conversation, refused)));
            return;
        }
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
        desk.dialogues.await(conversation.chatId(), VALIDITY_STEP, String.join("\n", parts[0], parts[1],
                Long.toString(price.get().minorUnits()), price.get().currency().getCurrencyCode()));
        desk.send(conversation, new Screen(conversation.text("packages.ask-validity"),
                Keyboards.grid(List.of(button(conversation, "packages.skip", SKIP_VALIDITY)), 1)));
    }

    /** Defines the package the validity question's payload describes (service, sessions, price); the list after it. */
    private Either<Rejection, Screen> define(Conversation conversation, String payload, Option<Integer> validityDays) {
        String[] parts = payload.split("\n");
        Option<DefinePackage.Command> command = Try.of(() -> new DefinePackage.Command(new ServiceId(UUID.fromString(parts[0])),
                Integer.parseInt(parts[1]), Money.of(Long.parseLong(parts[2]), parts[3]), validityDays)).toOption();
        if (command.isEmpty()) {
            desk.dialogues.clear(conversation.chatId());
            return Rejection.of(Rejection.Reason.INVALID_INPUT).asLeft();
        }
        return desk.core.definePackage().define(conversation.account().id(), command.get()).flatMap(defined -> {
            desk.dialogues.clear(conversation.chatId());
            log.info("package defined id={} by={}", defined.id(), conversation.account().id());
            return list(conversation, conversation.text("packages.added") + "\n\n");
        });
    }

    /** A sale waiting for what was paid: the package, the client and the purchase's id. */
    private record Sale(PackageOffer offer, AccountId client, PurchaseId purchase) {}

    /** The sale the chat's question waits for, when the purchase is the one named (by a button) or any (typed). */
    private Option<Sale> sale(Conversation conversation, Option<PurchaseId> named) {
        return desk.dialogues.waiting(conversation.chatId()).filter(state -> state.step().equals(PAID_STEP))
                .flatMap(state -> Try.of(() -> state.payload().split("\n")).toOption())
                .flatMap(parts -> Try.of(() -> new PurchaseId(UUID.fromString(parts[2]))).toOption()
                        .filter(purchase -> named.forAll(purchase::equals))
                        .flatMap(purchase -> Try.of(() -> new PackageId(UUID.fromString(parts[0]))).toOption()
                                .flatMap(id -> desk.core.listPackages().packages(conversation.account().id()).getOrElse(List.empty())
                                        .find(o -> o.servicePackage().id().equals(id)))
                                .map(offer -> new Sale(offer, new AccountId(UUID.fromString(parts[1])), purchase))));
    }

    /** Records the sale with what was paid now (the price when none is said); the list after it. */
    private Either<Rejection, Screen> sell(Conversation conversation, Sale sale, Option<Money> paidNow) {
        AccountId me = conversation.account().id();
        return desk.core.recordPurchase().record(me, new RecordPurchase.Command(sale.offer().servicePackage().id(), sale.client(),
                Option.some(sale.purchase()), paidNow)).flatMap(bought -> {
                    desk.dialogues.clear(conversation.chatId());
                    log.info("package purchase recorded id={} by={}", bought.standing().purchase().id(), me);
                    return list(conversation, conversation.text("packages.sold", bought.client().displayName(), bought.service().name(),
                            bought.standing().purchase().sessions()) + "\n\n");
                });
    }

    /** A typed amount paid at the sale: zero or more in the package's currency. */
    private void paidNow(Conversation conversation, State state, String text) {
        Option<Sale> sale = sale(conversation, Option.none());
        if (sale.isEmpty()) {
            desk.dialogues.clear(conversation.chatId());
            desk.say(conversation, conversation.text("button.stale"));
            return;
        }
        java.util.Currency currency = sale.get().offer().servicePackage().price().currency();
        Option<Money> paid = text.strip().matches("0+(?:[.,]0{1,2})?") ? Option.some(Money.zero(currency)) : Inputs.amount(text, currency);
        if (paid.isEmpty()) {
            desk.say(conversation, conversation.text("packages.bad-paid", currency.getSymbol(conversation.texts().locale())));
            return;
        }
        sell(conversation, sale.get(), paid).peek(screen -> desk.send(conversation, screen))
                .peekLeft(refused -> desk.say(conversation, Rejections.text(conversation, refused)));
    }

    /** A typed amount paid later on a purchase: more than zero in its currency. */
    private void laterPayment(Conversation conversation, State state, String text) {
        AccountId me = conversation.account().id();
        Option<ClientPackage> purchase = Try.of(() -> UUID.fromString(state.payload())).toOption()
                .flatMap(id -> desk.core.listClientPackages().ofAllClients(me).getOrElse(List.empty())
                        .find(p -> p.standing().purchase().id().value().equals(id)));
        if (purchase.isEmpty()) {
            desk.dialogues.clear(conversation.chatId());
            desk.say(conversation, conversation.text("button.stale"));
            return;
        }
        java.util.Currency currency = purchase.get().standing().purchase().price().currency();
        Option<Money> amount = Inputs.amount(text, currency);
        if (amount.isEmpty()) {
            desk.say(conversation, conversation.text("payment.bad-amount", currency.getSymbol(conversation.texts().locale())));
            return;
        }
        desk.core.recordPurchasePayment().record(me, new RecordPurchasePayment.Command(purchase.get().standing().purchase().id(), amount.get()))
                .flatMap(paid -> {
                    desk.dialogues.clear(conversation.chatId());
                    log.info("package payment recorded purchase={} by={}", paid.standing().purchase().id(), me);
                    return list(conversation, conversation.text("packages.payment-recorded", conversation.formats().money(amount.get()),
                            purchaseLabel(conversation, paid), conversation.formats().money(paid.standing().balance())) + "\n\n");
                })
                .peek(screen -> desk.send(conversation, screen))
                .peekLeft(refused -> desk.say(conversation, Rejections.text(conversation, refused)));
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
        return desk.core.listPackages().packages(me).flatMap(offers -> desk.core.listClientPackages().ofAllClients(me).flatMap(bought ->
                desk.core.viewPackagePolicy().policy(me).map(policy -> {
            String text = prefix + (offers.isEmpty()
                    ? conversation.text("packages.none")
                    : conversation.text("packages.heading") + "\n\n" + Desk.lines(conversation, offers, o -> label(conversation, o)));
            if (!bought.isEmpty()) {
                text += "\n\n" + clients(conversation, "packages.clients-heading", bought);
            }
            text += "\n\n" + conversation.text(policy.missedUsesSession() ? "packages.policy-on" : "packages.policy-off");
            text += organizations(conversation);
            List<InlineKeyboardButton> buttons = offers.take(Desk.LIST_LIMIT)
                    .map(o -> Keyboards.button(label(conversation, o), CallbackData.of(OPEN, o.servicePackage().id().value())))
                    .append(button(conversation, "packages.add", ADD));
            if (!bought.isEmpty()) {
                buttons = buttons.append(button(conversation, "packages.pay", PAY));
            }
            buttons = buttons.append(policy.missedUsesSession()
                            ? button(conversation, "packages.policy-turn-off", POLICY_OFF)
                            : button(conversation, "packages.policy-turn-on", POLICY_ON))
                    .append(button(conversation, "dashboard.back", Dashboard.MENU));
            return new Screen(text, Keyboards.grid(buttons, 1));
        })));
    }

    private static String clients(Conversation conversation, String headingKey, List<ClientPackage> bought) {
        return conversation.text(headingKey) + "\n"
                + Desk.lines(conversation, bought, p -> p.client().displayName() + " — " + PackageTexts.standing(conversation, p));
    }

    /** The packages of the organizations the reader is a member of, to read only (D68); nothing for anyone else. */
    private String organizations(Conversation conversation) {
        return desk.core.listOrganizationPackages().ofMyOrganizations(conversation.account().id()).getOrElse(List.empty())
                .map(org -> "\n\n" + conversation.text("packages.org-heading", org.organization().displayName()) + "\n"
                        + (org.onSale().isEmpty() ? conversation.text("packages.org-none")
                                : Desk.lines(conversation, org.onSale(), o -> label(conversation, o)))
                        + (org.bought().isEmpty() ? "" : "\n\n" + clients(conversation, "packages.org-clients-heading", org.bought())))
                .mkString();
    }

    /** A purchase as a button: client — service, sessions bought, date. */
    private static String purchaseLabel(Conversation conversation, ClientPackage p) {
        return conversation.text("packages.purchase-label", p.client().displayName(), p.service().name(),
                conversation.texts().count("count.sessions", p.standing().purchase().sessions()),
                conversation.formats().date(p.standing().purchase().purchasedAt()));
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
