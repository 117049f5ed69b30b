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
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.money.Money;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Услуги}: the provider's services, each opening to {@code Изменить} (name, duration or
 * price, one question) and {@code В архив}; {@code Добавить услугу} asks for the name, the
 * duration in minutes and the price, one at a time. A bad answer is told what is expected and the
 * question stays.
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
    static final Set<String> ACTIONS = HashSet.of(LIST, OPEN, ADD, EDIT, RENAME, NEW_DURATION, NEW_PRICE, ARCHIVE);

    static final String STEP_PREFIX = "d.svc.";
    private static final String NAME_STEP = STEP_PREFIX + "name";
    private static final String DURATION_STEP = STEP_PREFIX + "duration";
    private static final String PRICE_STEP = STEP_PREFIX + "price";
    private static final String RENAME_STEP = STEP_PREFIX + "rename";
    private static final String NEW_DURATION_STEP = STEP_PREFIX + "new-duration";
    private static final String NEW_PRICE_STEP = STEP_PREFIX + "new-price";

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
                    List.of(button(conversation, "services.back", LIST))))));
            case RENAME -> ask(conversation, shown, RENAME_STEP, service, conversation.text("service.ask-new-name", service.name()));
            case NEW_DURATION -> ask(conversation, shown, NEW_DURATION_STEP, service,
                    conversation.text("service.ask-new-duration", service.name(), service.duration().toMinutes()));
            case NEW_PRICE -> ask(conversation, shown, NEW_PRICE_STEP, service,
                    conversation.text("service.ask-new-price", service.name(), conversation.formats().money(service.price())));
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
            desk.dialogues.clear(conversation.chatId());
            var me = conversation.account().id();
            desk.core.addService().add(me, new AddService.Command(parts[1], duration.get(), price.get())).fold(
                    refused -> {
                        desk.say(conversation, Rejections.text(conversation, refused));
                        return null;
                    },
                    added -> {
                        log.info("service added id={} by={}", added.id(), me);
                        list(conversation, conversation.text("service.added", summary(conversation, added)) + "\n\n")
                                .peek(screen -> desk.send(conversation, screen));
                        return null;
                    });
        } else {
            edit(conversation, state, text);
        }
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
            default -> {
                desk.dialogues.clear(conversation.chatId());
                desk.say(conversation, conversation.text("input.not-understood"));
                return;
            }
        }
        if (command.isEmpty()) {
            badAnswer(conversation, conversation.text(badAnswerKey, Inputs.NAME_LIMIT));
            return;
        }
        desk.dialogues.clear(conversation.chatId());
        var me = conversation.account().id();
        desk.core.editService().edit(me, command.get()).fold(
                refused -> {
                    desk.say(conversation, Rejections.text(conversation, refused));
                    return null;
                },
                edited -> {
                    log.info("service edited id={} by={}", edited.id(), me);
                    desk.send(conversation, detail(conversation, edited, conversation.text("service.changed") + "\n"));
                    return null;
                });
    }

    private Void badAnswer(Conversation conversation, String text) {
        desk.say(conversation, text);
        return null;
    }

    private CallbackAnswer ask(Conversation conversation, Shown shown, String step, Service service, String question) {
        desk.dialogues.await(conversation.chatId(), step, service.id().value().toString());
        return desk.show(conversation, shown, new Screen(question + "\n" + conversation.text("dialogue.cancel-hint"), backToList(conversation)));
    }

    private Either<Rejection, Screen> list(Conversation conversation, String prefix) {
        var me = conversation.account().id();
        return desk.core.listServices().services(me, me).map(services -> {
            String text = prefix + (services.isEmpty()
                    ? conversation.text("services.none")
                    : conversation.text("services.heading") + "\n\n" + Desk.lines(conversation, services, s -> summary(conversation, s)));
            List<InlineKeyboardButton> buttons = services.take(Desk.LIST_LIMIT)
                    .map(s -> Keyboards.button(summary(conversation, s), CallbackData.of(OPEN, s.id().value())))
                    .append(button(conversation, "services.add", ADD))
                    .append(button(conversation, "dashboard.back", Dashboard.MENU));
            return new Screen(text, Keyboards.grid(buttons, 1));
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
