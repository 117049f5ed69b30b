package io.kalenner.adapter.telegram.booking;

import static io.kalenner.adapter.telegram.chat.Keyboards.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.application.booking.AppointmentView;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Clock;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Записи}: the client's upcoming appointments, each opening {@code Информация о встрече}
 * and {@code Отменить} (with a confirmation); {@code Прошедшие записи}, each shown in a pop-up
 * with price, paid and balance.
 */
public final class AppointmentsList {

    public static final String LIST = "al";
    public static final String OPEN = "ai";
    public static final String INFO = "av";
    public static final String CANCEL = "ac";
    public static final String CONFIRM_CANCEL = "aC";
    public static final String PAST = "ap";
    public static final String PAST_ONE = "aP";

    /** Telegram cuts a callback alert at 200 characters: longer details go as a message. */
    private static final int ALERT_LIMIT = 200;
    private static final int SHOWN = 30;

    private final BookingCore core;
    private final Outgoing outgoing;
    private final Clock clock;

    public AppointmentsList(BookingCore core, Outgoing outgoing, Clock clock) {
        this.core = core;
        this.outgoing = outgoing;
        this.clock = clock;
    }

    public void show(Conversation conversation) {
        outgoing.call(list(conversation).sendTo(conversation.chatId()));
    }

    public CallbackAnswer press(Conversation conversation, int messageId, CallbackData data) {
        if (data.action().equals(PAST_ONE)) {
            return appointment(data).map(id -> view(conversation, id).fold(
                    refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                    view -> pastPopUp(conversation, view))).getOrElse(() -> CallbackAnswer.toast(conversation.text("button.stale")));
        }
        Option<Either<Rejection, Screen>> next = switch (data.action()) {
            case LIST -> Option.some(Either.right(list(conversation)));
            case OPEN -> appointment(data).map(id -> view(conversation, id).map(view -> actions(conversation, view)));
            case INFO -> appointment(data).map(id -> view(conversation, id).map(view -> details(conversation, view)));
            case CANCEL -> appointment(data).map(id -> view(conversation, id).map(view -> cancelQuestion(conversation, view)));
            case CONFIRM_CANCEL -> appointment(data).map(id -> core.cancelAppointment().cancel(conversation.account().id(), id, Option.none())
                    .flatMap(cancelled -> view(conversation, cancelled.id()))
                    .map(view -> details(conversation, view)));
            case PAST -> Option.some(Either.right(past(conversation)));
            default -> Option.none();
        };
        if (next.isEmpty()) {
            return CallbackAnswer.toast(conversation.text("button.stale"));
        }
        return next.get().fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                screen -> {
                    outgoing.call(screen.replace(conversation.chatId(), messageId));
                    return data.action().equals(CONFIRM_CANCEL) ? CallbackAnswer.toast(conversation.text("appointments.cancelled")) : CallbackAnswer.NONE;
                });
    }

    private Screen list(Conversation conversation) {
        List<AppointmentView> upcoming = core.viewAppointment().upcomingOfClient(conversation.account().id());
        List<InlineKeyboardButton> past = List.of(button(conversation.text("appointments.past"), CallbackData.of(PAST)));
        if (upcoming.isEmpty()) {
            return new Screen(conversation.text("appointments.none"), Keyboards.grid(past, 1));
        }
        List<InlineKeyboardButton> buttons = upcoming.take(SHOWN).map(view -> button(label(conversation, view),
                CallbackData.of(OPEN, view.appointment().id().value())));
        return new Screen(conversation.text("appointments.heading", conversation.texts().count("count.appointments", upcoming.size())), Keyboards.grid(buttons.appendAll(past), 1));
    }

    private Screen actions(Conversation conversation, AppointmentView view) {
        Object id = view.appointment().id().value();
        List<InlineKeyboardButton> buttons = List.of(button(conversation.text("appointments.info"), CallbackData.of(INFO, id)));
        if (cancellable(view.appointment())) {
            buttons = buttons.append(button(conversation.text("appointments.cancel"), CallbackData.of(CANCEL, id)));
        }
        buttons = buttons.append(button(conversation.text("appointments.back"), CallbackData.of(LIST)));
        return new Screen(label(conversation, view), Keyboards.grid(buttons, 1));
    }

    private Screen details(Conversation conversation, AppointmentView view) {
        Object id = view.appointment().id().value();
        List<InlineKeyboardButton> buttons = List.empty();
        if (cancellable(view.appointment())) {
            buttons = buttons.append(button(conversation.text("appointments.cancel"), CallbackData.of(CANCEL, id)));
        }
        buttons = buttons.append(button(conversation.text("appointments.back"), CallbackData.of(LIST)));
        return new Screen(conversation.text("appointments.info-heading") + "\n" + AppointmentTexts.forClient(conversation, view) + "\n"
                + money(conversation, view.appointment()) + paidByPackage(conversation, view), Keyboards.grid(buttons, 1));
    }

    private Screen cancelQuestion(Conversation conversation, AppointmentView view) {
        Object id = view.appointment().id().value();
        return new Screen(conversation.text("appointments.cancel-question") + "\n" + AppointmentTexts.forClient(conversation, view),
                Keyboards.grid(List.of(
                        button(conversation.text("appointments.cancel-yes"), CallbackData.of(CONFIRM_CANCEL, id)),
                        button(conversation.text("appointments.cancel-no"), CallbackData.of(OPEN, id))), 1));
    }

    private Screen past(Conversation conversation) {
        List<AppointmentView> past = core.viewAppointment().pastOfClient(conversation.account().id());
        List<InlineKeyboardButton> back = List.of(button(conversation.text("appointments.back"), CallbackData.of(LIST)));
        if (past.isEmpty()) {
            return new Screen(conversation.text("appointments.past-none"), Keyboards.grid(back, 1));
        }
        List<InlineKeyboardButton> buttons = past.take(SHOWN).map(view -> button(label(conversation, view),
                CallbackData.of(PAST_ONE, view.appointment().id().value())));
        return new Screen(conversation.text("appointments.past-heading"), Keyboards.grid(buttons.appendAll(back), 1));
    }

    /** A pop-up with the details; when they do not fit Telegram's alert, a message with them and a short pop-up. */
    private CallbackAnswer pastPopUp(Conversation conversation, AppointmentView view) {
        String text = AppointmentTexts.forClient(conversation, view) + "\n" + money(conversation, view.appointment())
                + paidByPackage(conversation, view);
        if (text.length() <= ALERT_LIMIT) {
            return CallbackAnswer.alert(text);
        }
        outgoing.call(Screen.text(text).sendTo(conversation.chatId()));
        return CallbackAnswer.toast(conversation.text("appointments.sent-below"));
    }

    /** The package that pays for the appointment and the sessions it has left, on a line of its own; nothing when none does (D53). */
    private String paidByPackage(Conversation conversation, AppointmentView view) {
        return PackageTexts.paidBy(conversation, core, view.appointment().id(), "packages.paid-by");
    }

    private static String money(Conversation conversation, Appointment appointment) {
        var formats = conversation.formats();
        return conversation.text("appointments.money", formats.money(appointment.price()), formats.money(appointment.paid()),
                formats.money(appointment.balance()));
    }

    private boolean cancellable(Appointment appointment) {
        return appointment.status().holdsTime() && !appointment.hasStarted(clock.instant());
    }

    private static String label(Conversation conversation, AppointmentView view) {
        return conversation.formats().shortDateTime(view.appointment().time().start()) + " · " + view.provider().displayName()
                + " · " + conversation.formats().status(view.appointment().status());
    }

    private Either<Rejection, AppointmentView> view(Conversation conversation, AppointmentId id) {
        return core.viewAppointment().view(conversation.account().id(), id);
    }

    private static Option<AppointmentId> appointment(CallbackData data) {
        return data.uuid(0).map(AppointmentId::new);
    }
}
