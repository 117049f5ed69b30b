package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.booking.EditService;
import io.kalenner.application.booking.OfferOrganizationServices.Offered;
import io.kalenner.application.booking.OfferOrganizationServices.OrganizationServices;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.profile.WebLink;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Услуги}: the provider's services, each opening to {@code Изменить} (name, duration,
 * price, description or payment link, one question; the last two can be removed) and
 * {@code В архив}; {@code Добавить услугу} asks for the name, the duration in minutes, the price,
 * then the description and the payment link, which {@code Пропустить} leaves out. A bad answer is
 * told what is expected and the question stays.
 */
final class Services {

    static final String LIST = "ds";
    static final String OPEN = "dS";
    static final String ADD = "dA";
    static final String EDIT = "de";
    static final String RENAME = "dN";
    static final String NEW_DURATION = "dD";
    static final String NEW_PRICE = "dP";
    static final String ARCHIVE = "dv";
    static final String DESCRIBE = "dg";
    static final String NEW_LINK = "dJ";
    /** Removes the description ({@link #DESCRIPTION_FIELD}) or the payment link ({@link #LINK_FIELD}) of a service. */
    static final String CLEAR = "do";
    /** {@code Пропустить} in the adding dialogue; its argument names the question it skips. */
    static final String SKIP = "du";
    /** {@code h3:<service>:<1|0>}: a member specialist performs an organization's service, or no longer does (D78). */
    static final String PERFORM = "h3";
    static final Set<String> ACTIONS = HashSet.of(LIST, OPEN, ADD, EDIT, RENAME, NEW_DURATION, NEW_PRICE, ARCHIVE, DESCRIBE, NEW_LINK,
            CLEAR, SKIP, PERFORM);
    private static final String DESCRIPTION_FIELD = "description";
    private static final String LINK_FIELD = "link";
    /** The limit as digits, for a message format would write 1000 as "1 000" in Russian. */
    private static final String DESCRIPTION_LIMIT = Integer.toString(Service.MAX_DESCRIPTION_LENGTH);

    static final String STEP_PREFIX = "d.svc.";
    private static final String NAME_STEP = STEP_PREFIX + "name";
    private static final String DURATION_STEP = STEP_PREFIX + "duration";
    private static final String PRICE_STEP = STEP_PREFIX + "price";
    private static final String RENAME_STEP = STEP_PREFIX + "rename";
    private static final String NEW_DURATION_STEP = STEP_PREFIX + "new-duration";
    private static final String NEW_PRICE_STEP = STEP_PREFIX + "new-price";
    private static final String DESCRIPTION_STEP = STEP_PREFIX + DESCRIPTION_FIELD;
    private static final String LINK_STEP = STEP_PREFIX + LINK_FIELD;
    private static final String DESCRIBE_STEP = STEP_PREFIX + "new-description";
    private static final String NEW_LINK_STEP = STEP_PREFIX + "new-link";

    private static final Logger log = LoggerFactory.getLogger(Services.class);

    private final Desk desk;

    Services(Desk desk) {
        this.desk = desk;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        var me = conversation.account().id();
        switch (data.action()) {
            case LIST:
                return list(conversation, "").fold(refused -> Desk.refused(conversation, refused), screen -> desk.show(conversation, shown, screen));
            case ADD:
                if (!conversation.account().isProvider()) {
                    return Desk.refused(conversation, Rejection.of(Rejection.Reason.NOT_A_PROVIDER));
                }
                desk.dialogues.await(conversation.chatId(), NAME_STEP, "");
                return desk.show(conversation, shown, new Screen(conversation.text("service.ask-name"), backToList(conversation)));
            case SKIP:
                return skip(conversation, data);
            case PERFORM:
                return data.uuid(0).flatMap(id -> data.arguments().lastOption().filter(wanted -> wanted.equals("1") || wanted.equals("0"))
                                .map(wanted -> perform(conversation, shown, new ServiceId(id), wanted.equals("1"))))
                        .getOrElse(() -> Desk.stale(conversation));
            default:
                break;
        }
        Option<ServiceId> target = data.uuid(0).map(ServiceId::new);
        if (target.isEmpty()) {
            return Desk.stale(conversation);
        }
        Either<Rejection, Service> own = desk.core.listServices().service(me, target.get())
                .filterOrElse(service -> service.provider().equals(me), service -> Rejection.of(Rejection.Reason.NOT_YOURS));
        if (own.isLeft()) {
            return Desk.refused(conversation, own.getLeft());
        }
        Service service = own.get();
        if (service.archived() && !data.action().equals(OPEN)) {
            desk.show(conversation, shown, detail(conversation, service, ""));
            return Desk.refused(conversation, Rejection.of(Rejection.Reason.SERVICE_ARCHIVED));
        }
        return switch (data.action()) {
            case OPEN -> desk.show(conversation, shown, detail(conversation, service, ""));
            case EDIT -> desk.show(conversation, shown, new Screen(conversation.text("service.edit-what", service.name()), Keyboards.rows(List.of(
                    List.of(button(conversation, "service.edit-name", RENAME, service.id().value()),
                            button(conversation, "service.edit-duration", NEW_DURATION, service.id().value()),
                            button(conversation, "service.edit-price", NEW_PRICE, service.id().value())),
                    List.of(button(conversation, "service.edit-description", DESCRIBE, service.id().value()),
                            button(conversation, "service.edit-link", NEW_LINK, service.id().value())),
                    List.of(button(conversation, "services.back", LIST))))));
            case RENAME -> ask(conversation, shown, RENAME_STEP, service, conversation.text("service.ask-new-name", service.name()));
            case NEW_DURATION -> ask(conversation, shown, NEW_DURATION_STEP, service,
                    conversation.text("service.ask-new-duration", service.name(), service.duration().toMinutes()));
            case NEW_PRICE -> ask(conversation, shown, NEW_PRICE_STEP, service,
                    conversation.text("service.ask-new-price", service.name(), conversation.formats().money(service.price())));
            case DESCRIBE -> ask(conversation, shown, DESCRIBE_STEP, service, conversation.text("service.ask-new-description", service.name(),
                    service.description().getOrElse(() -> conversation.text("service.none-yet")), DESCRIPTION_LIMIT),
                    service.description().isDefined() ? Option.some(DESCRIPTION_FIELD) : Option.none());
            case NEW_LINK -> ask(conversation, shown, NEW_LINK_STEP, service, conversation.text("service.ask-new-link", service.name(),
                    service.paymentLink().map(WebLink::url).getOrElse(() -> conversation.text("service.none-yet"))),
                    service.paymentLink().isDefined() ? Option.some(LINK_FIELD) : Option.none());
            case CLEAR -> data.arguments().drop(1).headOption().filter(field -> field.equals(DESCRIPTION_FIELD) || field.equals(LINK_FIELD))
                    .map(field -> cleared(conversation, shown, service, field))
                    .getOrElse(() -> Desk.stale(conversation));
            case ARCHIVE -> desk.core.archiveService().archive(me, service.id()).fold(
                    refused -> Desk.refused(conversation, refused),
                    archived -> {
                        log.info("service archived id={} by={}", archived.id(), me);
                        list(conversation, conversation.text("service.archived", archived.name()) + "\n\n")
                                .peek(screen -> desk.show(conversation, shown, screen));
                        return CallbackAnswer.NONE;
                    });
            default -> Desk.stale(conversation);
        };
    }

    void reply(Conversation conversation, State state, String text) {
        String step = state.step();
        if (step.equals(NAME_STEP)) {
            Inputs.name(text).fold(
                    () -> badAnswer(conversation, conversation.text("service.bad-name", Inputs.NAME_LIMIT)),
                    name -> {
                        desk.dialogues.await(conversation.chatId(), DURATION_STEP, name);
                        desk.say(conversation, conversation.text("service.ask-duration", name));
                        return null;
                    });
        } else if (step.equals(DURATION_STEP)) {
            String name = state.payload();
            Inputs.minutes(text).fold(
                    () -> badAnswer(conversation, conversation.text("service.bad-duration")),
                    duration -> {
                        desk.dialogues.await(conversation.chatId(), PRICE_STEP, duration.toMinutes() + "\n" + name);
                        desk.say(conversation, conversation.text("service.ask-price", name));
                        return null;
                    });
        } else if (step.equals(PRICE_STEP)) {
            String[] parts = state.payload().split("\n", 2);
            Option<Duration> duration = Try.of(() -> Duration.ofMinutes(Long.parseLong(parts[0]))).toOption().filter(d -> parts.length == 2);
            if (duration.isEmpty()) {
                desk.dialogues.clear(conversation.chatId());
                desk.say(conversation, conversation.text("button.stale"));
                return;
            }
            Option<Money> price = Inputs.price(text);
            if (price.isEmpty()) {
                badAnswer(conversation, conversation.text("service.bad-price"));
                return;
            }
            Money money = price.get();
            desk.dialogues.await(conversation.chatId(), DESCRIPTION_STEP, String.join("\n", parts[0], Long.toString(money.minorUnits()),
                    money.currency().getCurrencyCode(), parts[1]));
            desk.send(conversation, skippable(conversation, conversation.text("service.ask-description", parts[1], DESCRIPTION_LIMIT),
                    DESCRIPTION_FIELD));
        } else if (step.equals(DESCRIPTION_STEP)) {
            if (Service.description(text).isLeft()) {
                badAnswer(conversation, conversation.text("service.bad-description", DESCRIPTION_LIMIT));
                return;
            }
            desk.dialogues.await(conversation.chatId(), LINK_STEP, state.payload() + "\n" + text.strip());
            desk.send(conversation, skippable(conversation, conversation.text("service.ask-link"), LINK_FIELD));
        } else if (step.equals(LINK_STEP)) {
            if (Service.paymentLink(text).isLeft()) {
                badAnswer(conversation, conversation.text("service.bad-link"));
                return;
            }
            add(conversation, state.payload(), text);
        } else {
            edit(conversation, state, text);
        }
    }

    /** {@code Пропустить}: the waiting question of the adding dialogue is answered with nothing. */
    private CallbackAnswer skip(Conversation conversation, CallbackData data) {
        Option<State> waiting = desk.dialogues.waiting(conversation.chatId())
                .filter(state -> state.step().equals(STEP_PREFIX + data.arguments().headOption().getOrElse("")))
                .filter(state -> state.step().equals(DESCRIPTION_STEP) || state.step().equals(LINK_STEP));
        if (waiting.isEmpty()) {
            return Desk.stale(conversation);
        }
        reply(conversation, waiting.get(), "");
        return CallbackAnswer.NONE;
    }

    /** The last answer of the adding dialogue: the service is added with everything the payload kept. */
    private void add(Conversation conversation, String payload, String paymentLink) {
        desk.dialogues.clear(conversation.chatId());
        // minutes, price in minor units, currency, name, then the description (which may hold line breaks)
        String[] parts = payload.split("\n", 5);
        Option<AddService.Command> command = Try.of(() -> new AddService.Command(parts[3], Duration.ofMinutes(Long.parseLong(parts[0])),
                Money.of(Long.parseLong(parts[1]), parts[2]), parts[4], paymentLink)).toOption();
        if (command.isEmpty()) {
            desk.say(conversation, conversation.text("button.stale"));
            return;
        }
        answered(conversation, desk.core.addService().add(conversation.account().id(), command.get()), "added",
                added -> list(conversation, conversation.text("service.added", summary(conversation, added)) + "\n\n")
                        .peek(screen -> desk.send(conversation, screen)));
    }

    /** A refusal is said; a change is logged and followed by what shows it. */
    private void answered(Conversation conversation, Either<Rejection, Service> answer, String change, Consumer<Service> show) {
        answer.fold(
                refused -> {
                    desk.say(conversation, Rejections.text(conversation, refused));
                    return null;
                },
                service -> {
                    log.info("service {} id={} by={}", change, service.id(), conversation.account().id());
                    show.accept(service);
                    return null;
                });
    }

    /** {@code Убрать}: the service's description or payment link is removed. */
    private CallbackAnswer cleared(Conversation conversation, Shown shown, Service service, String field) {
        desk.dialogues.clear(conversation.chatId());
        Option<String> clear = Option.some("");
        EditService.Command command = field.equals(DESCRIPTION_FIELD)
                ? new EditService.Command(service.id(), Option.none(), Option.none(), Option.none(), clear, Option.none())
                : new EditService.Command(service.id(), Option.none(), Option.none(), Option.none(), Option.none(), clear);
        var me = conversation.account().id();
        return desk.core.editService().edit(me, command).fold(
                refused -> Desk.refused(conversation, refused),
                edited -> {
                    log.info("service edited id={} by={}", edited.id(), me);
                    return desk.show(conversation, shown, detail(conversation, edited, conversation.text("service.changed") + "\n"));
                });
    }

    /** The answer to one of {@code Изменить}'s questions. */
    private void edit(Conversation conversation, State state, String text) {
        Option<ServiceId> target = Try.of(() -> new ServiceId(UUID.fromString(state.payload()))).toOption();
        if (target.isEmpty()) {
            desk.dialogues.clear(conversation.chatId());
            desk.say(conversation, conversation.text("button.stale"));
            return;
        }
        Option<EditService.Command> command;
        String badAnswerKey;
        Object limit = Inputs.NAME_LIMIT;
        switch (state.step()) {
            case RENAME_STEP -> {
                command = Inputs.name(text).map(name -> new EditService.Command(target.get(), Option.some(name), Option.none(), Option.none()));
                badAnswerKey = "service.bad-name";
            }
            case NEW_DURATION_STEP -> {
                command = Inputs.minutes(text).map(d -> new EditService.Command(target.get(), Option.none(), Option.some(d), Option.none()));
                badAnswerKey = "service.bad-duration";
            }
            case NEW_PRICE_STEP -> {
                command = Inputs.price(text).map(p -> new EditService.Command(target.get(), Option.none(), Option.none(), Option.some(p)));
                badAnswerKey = "service.bad-price";
            }
            case DESCRIBE_STEP -> {
                command = Service.description(text).toOption().filter(Option::isDefined).map(d -> new EditService.Command(target.get(),
                        Option.none(), Option.none(), Option.none(), Option.some(text), Option.none()));
                badAnswerKey = "service.bad-description";
                limit = DESCRIPTION_LIMIT;
            }
            case NEW_LINK_STEP -> {
                command = Service.paymentLink(text).toOption().filter(Option::isDefined).map(l -> new EditService.Command(target.get(),
                        Option.none(), Option.none(), Option.none(), Option.none(), Option.some(text)));
                badAnswerKey = "service.bad-link";
            }
            default -> {
                desk.dialogues.clear(conversation.chatId());
                desk.say(conversation, conversation.text("input.not-understood"));
                return;
            }
        }
        if (command.isEmpty()) {
            badAnswer(conversation, conversation.text(badAnswerKey, limit));
            return;
        }
        desk.dialogues.clear(conversation.chatId());
        answered(conversation, desk.core.editService().edit(conversation.account().id(), command.get()), "edited",
                edited -> desk.send(conversation, detail(conversation, edited, conversation.text("service.changed") + "\n")));
    }

    private Void badAnswer(Conversation conversation, String text) {
        desk.say(conversation, text);
        return null;
    }

    private CallbackAnswer ask(Conversation conversation, Shown shown, String step, Service service, String question) {
        return ask(conversation, shown, step, service, question, Option.none());
    }

    /** A question of {@code Изменить}; with a field, also {@code Убрать} to remove that field instead. */
    private CallbackAnswer ask(Conversation conversation, Shown shown, String step, Service service, String question, Option<String> removable) {
        desk.dialogues.await(conversation.chatId(), step, service.id().value().toString());
        List<InlineKeyboardButton> buttons = removable.map(field -> button(conversation, "service.remove", CLEAR, service.id().value(), field))
                .toList().append(button(conversation, "services.back", LIST));
        return desk.show(conversation, shown, new Screen(question + "\n" + conversation.text("dialogue.cancel-hint"), Keyboards.grid(buttons, 1)));
    }

    /** A question of the adding dialogue that {@code Пропустить} answers with nothing. */
    private static Screen skippable(Conversation conversation, String question, String field) {
        return new Screen(question, Keyboards.grid(List.of(button(conversation, "service.skip", SKIP, field)), 1));
    }

    /** An organization's service as a member sees it: {@code ✅} it performs it, {@code ⬜} it declined it. */
    private static String performedLabel(Offered offered) {
        return (offered.performed() ? "✅ " : "⬜ ") + offered.service().name();
    }

    /** A member's choice whether it performs an organization's service, then the list again saying what changed. */
    private CallbackAnswer perform(Conversation conversation, Shown shown, ServiceId service, boolean performed) {
        return desk.core.offerOrganizationServices().set(conversation.account().id(), service, performed).fold(
                refused -> Desk.refused(conversation, refused),
                chosen -> list(conversation, conversation.text(performed ? "services.performed" : "services.declined", chosen.name()) + "\n\n")
                        .fold(refused -> Desk.refused(conversation, refused), screen -> desk.show(conversation, shown, screen)));
    }

    private Either<Rejection, Screen> list(Conversation conversation, String prefix) {
        var me = conversation.account().id();
        return desk.core.listServices().services(me, me).map(services -> {
            String text = prefix + (services.isEmpty()
                    ? conversation.text("services.none")
                    : conversation.text("services.heading") + "\n\n" + Desk.lines(conversation, services, s -> summary(conversation, s)));
            List<OrganizationServices> organizations = desk.core.offerOrganizationServices().list(me).getOrElse(List.empty())
                    .filter(organization -> !organization.services().isEmpty());
            List<InlineKeyboardButton> buttons = services.take(Desk.LIST_LIMIT)
                    .map(s -> Keyboards.button(summary(conversation, s), CallbackData.of(OPEN, s.id().value())))
                    .append(button(conversation, "services.add", ADD))
                    .appendAll(organizations.flatMap(organization -> organization.services().take(Desk.LIST_LIMIT)
                            .map(offered -> Keyboards.button(performedLabel(offered),
                                    CallbackData.of(PERFORM, offered.service().id().value(), offered.performed() ? "0" : "1")))))
                    .append(button(conversation, "dashboard.back", Dashboard.MENU));
            String theirs = organizations.map(organization -> "\n\n" + conversation.text("services.of-organization",
                    organization.organization().displayName()) + "\n" + organization.services().map(Services::performedLabel).mkString("\n"))
                    .mkString();
            return new Screen(text + theirs, Keyboards.grid(buttons, 1));
        });
    }

    private Screen detail(Conversation conversation, Service service, String prefix) {
        List<List<InlineKeyboardButton>> rows = List.empty();
        if (!service.archived()) {
            rows = rows.append(List.of(button(conversation, "service.edit", EDIT, service.id().value()),
                    button(conversation, "service.archive", ARCHIVE, service.id().value())));
        }
        String text = prefix + conversation.text("service.details", service.name(), service.duration().toMinutes(),
                conversation.formats().money(service.price()))
                + service.description().map(d -> "\n" + conversation.text("service.description", d)).getOrElse("")
                + service.paymentLink().map(l -> "\n" + conversation.text("service.payment-link", l.url())).getOrElse("")
                + (service.archived() ? "\n" + conversation.text("service.is-archived") : "");
        return new Screen(text, Keyboards.rows(rows.append(List.of(button(conversation, "services.back", LIST)))));
    }

    private org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup backToList(Conversation conversation) {
        return Keyboards.grid(List.of(button(conversation, "services.back", LIST)), 1);
    }

    private static String summary(Conversation conversation, Service service) {
        return conversation.text("booking.service-button", service.name(), service.duration().toMinutes(),
                conversation.formats().money(service.price()));
    }
}
