package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.booking.AppointmentTexts;
import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.booking.AppointmentView;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.AppointmentStatus;
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
 * {@code Заявки}: the Pending requests, soonest first, each opening to {@code Принять} and
 * {@code Отклонить}. Rejecting asks for a reason, typed, or {@code Пропустить}. A request that
 * changed meanwhile (the client cancelled it) is answered so and shown as it stands.
 */
final class Requests {

    static final String LIST = "dr";
    static final String OPEN = "dR";
    static final String ACCEPT = "da";
    static final String REJECT = "dx";
    static final String SKIP_REASON = "dk";
    static final Set<String> ACTIONS = HashSet.of(LIST, OPEN, ACCEPT, REJECT, SKIP_REASON);

    static final String STEP_PREFIX = "d.reason";
    private static final String REASON_STEP = STEP_PREFIX;

    private static final Logger log = LoggerFactory.getLogger(Requests.class);

    private final Desk desk;

    Requests(Desk desk) {
        this.desk = desk;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        if (data.action().equals(LIST)) {
            return list(conversation).fold(refused -> Desk.refused(conversation, refused), screen -> desk.show(conversation, shown, screen));
        }
        Option<AppointmentId> target = data.uuid(0).map(AppointmentId::new);
        if (target.isEmpty()) {
            return Desk.stale(conversation);
        }
        var me = conversation.account().id();
        return switch (data.action()) {
            case OPEN -> desk.core.viewAppointment().view(me, target.get()).fold(
                    refused -> Desk.refused(conversation, refused),
                    view -> desk.show(conversation, shown, detail(conversation, view, "")));
            case ACCEPT -> answered(conversation, shown, target.get(), desk.core.answerRequest().accept(me, target.get()));
            case REJECT -> askReason(conversation, shown, data);
            case SKIP_REASON -> answered(conversation, shown, target.get(), desk.core.answerRequest().reject(me, target.get(), Option.none()));
            default -> Desk.stale(conversation);
        };
    }

    /** {@code Отклонить}: the request waits for a typed reason or {@code Пропустить}. */
    CallbackAnswer askReason(Conversation conversation, Shown shown, CallbackData data) {
        Option<AppointmentId> target = data.uuid(0).map(AppointmentId::new);
        if (target.isEmpty()) {
            return Desk.stale(conversation);
        }
        return desk.core.viewAppointment().view(conversation.account().id(), target.get()).fold(
                refused -> Desk.refused(conversation, refused),
                view -> {
                    if (view.appointment().status() != AppointmentStatus.PENDING) {
                        desk.show(conversation, shown, detail(conversation, view, ""));
                        return Desk.refused(conversation, Rejection.of(Rejection.Reason.MOVE_NOT_ALLOWED));
                    }
                    desk.dialogues.await(conversation.chatId(), REASON_STEP, target.get().value().toString());
                    String text = conversation.text("requests.request") + "\n" + describe(conversation, view)
                            + "\n\n" + conversation.text("requests.ask-reason");
                    return desk.show(conversation, shown, new Screen(text, Keyboards.rows(List.of(
                            List.of(button(conversation, "requests.skip", SKIP_REASON, target.get().value())),
                            List.of(button(conversation, "requests.back", LIST))))));
                });
    }

    /** The typed reason of a rejection. */
    void reply(Conversation conversation, State state, String text) {
        Option<AppointmentId> target = Try.of(() -> new AppointmentId(UUID.fromString(state.payload()))).toOption();
        if (target.isEmpty()) {
            desk.dialogues.clear(conversation.chatId());
            desk.say(conversation, conversation.text("button.stale"));
            return;
        }
        if (!desk.takesReason(conversation, text, "requests")) {
            return;
        }
        desk.dialogues.clear(conversation.chatId());
        var me = conversation.account().id();
        desk.core.answerRequest().reject(me, target.get(), Option.some(text.strip())).fold(
                refused -> {
                    log.info("request rejection refused id={} reason={} by={}", target.get(), refused.reason(), me);
                    desk.say(conversation, Rejections.text(conversation, refused));
                    return null;
                },
                rejected -> {
                    log.info("request rejected id={} by={}", rejected.id(), me);
                    desk.core.viewAppointment().view(me, rejected.id()).peek(view -> desk.send(conversation, detail(conversation, view, "")));
                    return null;
                });
    }

    Either<Rejection, Screen> list(Conversation conversation) {
        return desk.core.viewAppointment().pendingRequestsOfProvider(conversation.account().id()).map(views -> {
            List<InlineKeyboardButton> back = List.of(button(conversation, "dashboard.back", Dashboard.MENU));
            if (views.isEmpty()) {
                return new Screen(conversation.text("requests.none"), Keyboards.grid(back, 1));
            }
            String text = conversation.text("requests.heading", views.size()) + "\n\n" + Desk.lines(conversation, views, view -> line(conversation, view));
            List<InlineKeyboardButton> buttons = views.take(Desk.LIST_LIMIT).map(view -> Keyboards.button(
                    conversation.formats().shortDateTime(view.appointment().time().start()) + " · " + view.client().displayName(),
                    CallbackData.of(OPEN, view.appointment().id().value())));
            return new Screen(text, Keyboards.grid(buttons.appendAll(back), 1));
        });
    }

    private CallbackAnswer answered(Conversation conversation, Shown shown, AppointmentId target, Either<Rejection, Appointment> answered) {
        var me = conversation.account().id();
        answered.peek(a -> log.info("request answered id={} status={} by={}", a.id(), a.status(), me))
                .peekLeft(refused -> log.info("request answer refused id={} reason={} by={}", target, refused.reason(), me));
        // whatever happened, the message now shows the request as it stands
        desk.core.viewAppointment().view(me, target).peek(view -> desk.show(conversation, shown, detail(conversation, view, "")));
        return answered.fold(
                refused -> Desk.refused(conversation, refused),
                appointment -> CallbackAnswer.toast(conversation.formats().status(appointment.status())));
    }

    private Screen detail(Conversation conversation, AppointmentView view, String suffix) {
        String text = conversation.text("requests.request") + "\n" + describe(conversation, view)
                + io.kalenner.adapter.telegram.booking.PackageTexts.paidBy(conversation, desk.core, view.appointment().id(),
                        "packages.paid-by-client") + suffix;
        List<List<InlineKeyboardButton>> rows = List.empty();
        if (view.appointment().status() == AppointmentStatus.PENDING) {
            var id = view.appointment().id().value();
            rows = rows.append(List.of(button(conversation, "request.accept", ACCEPT, id), button(conversation, "request.reject", REJECT, id)));
        }
        return new Screen(text, Keyboards.rows(rows.append(List.of(button(conversation, "requests.back", LIST)))));
    }

    static String describe(Conversation conversation, AppointmentView view) {
        Appointment appointment = view.appointment();
        return AppointmentTexts.forProvider(conversation, view)
                + "\n" + conversation.text("appointment.price", conversation.formats().money(appointment.price()))
                + appointment.reason().map(reason -> "\n" + conversation.text("notification.reason", reason)).getOrElse("");
    }

    private static String line(Conversation conversation, AppointmentView view) {
        return conversation.text("requests.line", conversation.formats().dateTime(view.appointment().time().start()),
                view.client().displayName(), view.service().name());
    }
}
