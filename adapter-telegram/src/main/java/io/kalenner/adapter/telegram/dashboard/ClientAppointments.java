package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

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
import io.kalenner.domain.money.Money;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Try;
import java.util.Currency;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/**
 * {@code Записи клиентов}: the Accepted appointments, soonest first (those over but not closed
 * included), each opening to {@code Отменить} before its start, {@code Завершено} and
 * {@code Пропущено} after it, and {@code Оплата}, which asks for the amount received.
 */
final class ClientAppointments {

    static final String LIST = "dc";
    static final String OPEN = "dC";
    static final String COMPLETE = "dd";
    static final String MISSED = "dn";
    static final String CANCEL = "dz";
    static final String PAYMENT = "dp";
    static final Set<String> ACTIONS = HashSet.of(LIST, OPEN, COMPLETE, MISSED, CANCEL, PAYMENT);

    static final String STEP_PREFIX = "d.pay";
    private static final String PAYMENT_STEP = STEP_PREFIX;

    private static final Logger log = LoggerFactory.getLogger(ClientAppointments.class);

    private final Desk desk;

    ClientAppointments(Desk desk) {
        this.desk = desk;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        var me = conversation.account().id();
        if (data.action().equals(LIST)) {
            return desk.core.viewAppointment().upcomingOfProvider(me).fold(
                    refused -> Desk.refused(conversation, refused),
                    views -> desk.show(conversation, shown, list(conversation, views)));
        }
        Option<AppointmentId> target = data.uuid(0).map(AppointmentId::new);
        if (target.isEmpty()) {
            return Desk.stale(conversation);
        }
        return switch (data.action()) {
            case OPEN -> desk.core.viewAppointment().view(me, target.get()).fold(
                    refused -> Desk.refused(conversation, refused),
                    view -> desk.show(conversation, shown, detail(conversation, view)));
            case COMPLETE -> changed(conversation, shown, target.get(), desk.core.closeAppointment().complete(me, target.get()));
            case MISSED -> changed(conversation, shown, target.get(), desk.core.closeAppointment().markMissed(me, target.get()));
            case CANCEL -> changed(conversation, shown, target.get(), desk.core.cancelAppointment().cancel(me, target.get(), Option.none()));
            case PAYMENT -> askAmount(conversation, shown, target.get());
            default -> Desk.stale(conversation);
        };
    }

    /** The typed amount of a payment. */
    void reply(Conversation conversation, State state, String text) {
        var me = conversation.account().id();
        Option<AppointmentView> view = Try.of(() -> new AppointmentId(UUID.fromString(state.payload()))).toOption()
                .flatMap(id -> desk.core.viewAppointment().view(me, id).toOption());
        if (view.isEmpty()) {
            desk.dialogues.clear(conversation.chatId());
            desk.say(conversation, conversation.text("button.stale"));
            return;
        }
        Currency currency = view.get().appointment().price().currency();
        Option<Money> amount = Inputs.amount(text, currency);
        if (amount.isEmpty()) {
            desk.say(conversation, conversation.text("payment.bad-amount", currencyName(conversation, currency)));
            return;
        }
        desk.dialogues.clear(conversation.chatId());
        desk.core.recordPayment().record(me, view.get().appointment().id(), amount.get()).fold(
                refused -> {
                    log.info("payment refused id={} reason={} by={}", view.get().appointment().id(), refused.reason(), me);
                    desk.say(conversation, Rejections.text(conversation, refused));
                    return null;
                },
                paid -> {
                    log.info("payment recorded id={} by={}", paid.id(), me);
                    desk.send(conversation, new Screen(conversation.text("payment.recorded", conversation.formats().money(amount.get()),
                            conversation.formats().money(paid.price()), conversation.formats().money(paid.paid()),
                            conversation.formats().money(paid.balance())),
                            Keyboards.grid(List.of(button(conversation, "client-appointments.back", LIST)), 1)));
                    return null;
                });
    }

    private CallbackAnswer askAmount(Conversation conversation, Shown shown, AppointmentId target) {
        return desk.core.viewAppointment().view(conversation.account().id(), target).fold(
                refused -> Desk.refused(conversation, refused),
                view -> {
                    AppointmentStatus status = view.appointment().status();
                    if (status == AppointmentStatus.CANCELLED || status == AppointmentStatus.REJECTED) {
                        desk.show(conversation, shown, detail(conversation, view));
                        return Desk.refused(conversation, Rejection.of(Rejection.Reason.MOVE_NOT_ALLOWED));
                    }
                    desk.dialogues.await(conversation.chatId(), PAYMENT_STEP, target.value().toString());
                    String text = conversation.text("client-appointments.appointment") + "\n" + describe(conversation, view.appointment(), view)
                            + "\n\n" + conversation.text("payment.ask", currencyName(conversation, view.appointment().price().currency()));
                    return desk.show(conversation, shown, new Screen(text,
                            Keyboards.grid(List.of(button(conversation, "client-appointments.back", LIST)), 1)));
                });
    }

    private CallbackAnswer changed(Conversation conversation, Shown shown, AppointmentId target, Either<Rejection, Appointment> changed) {
        var me = conversation.account().id();
        changed.peek(a -> log.info("appointment changed id={} status={} by={}", a.id(), a.status(), me))
                .peekLeft(refused -> log.info("appointment change refused id={} reason={} by={}", target, refused.reason(), me));
        desk.core.viewAppointment().view(me, target).peek(view -> desk.show(conversation, shown, detail(conversation, view)));
        return changed.fold(
                refused -> Desk.refused(conversation, refused),
                appointment -> CallbackAnswer.toast(conversation.formats().status(appointment.status())));
    }

    private Screen list(Conversation conversation, List<AppointmentView> views) {
        List<InlineKeyboardButton> back = List.of(button(conversation, "dashboard.back", Dashboard.MENU));
        if (views.isEmpty()) {
            return new Screen(conversation.text("client-appointments.none"), Keyboards.grid(back, 1));
        }
        String text = conversation.text("client-appointments.heading", views.size()) + "\n\n" + Desk.lines(conversation, views,
                view -> conversation.text("requests.line", conversation.formats().dateTime(view.appointment().time().start()),
                        view.client().displayName(), view.service().name()));
        List<InlineKeyboardButton> buttons = views.take(Desk.LIST_LIMIT).map(view -> Keyboards.button(
                conversation.formats().shortDateTime(view.appointment().time().start()) + " · " + view.client().displayName(),
                CallbackData.of(OPEN, view.appointment().id().value())));
        return new Screen(text, Keyboards.grid(buttons.appendAll(back), 1));
    }

    private Screen detail(Conversation conversation, AppointmentView view) {
        Appointment appointment = view.appointment();
        var id = appointment.id().value();
        List<List<InlineKeyboardButton>> rows = List.empty();
        if (appointment.status() == AppointmentStatus.ACCEPTED) {
            rows = rows.append(appointment.hasStarted(desk.clock.instant())
                    ? List.of(button(conversation, "client-appointments.complete", COMPLETE, id),
                            button(conversation, "client-appointments.missed", MISSED, id))
                    : List.of(button(conversation, "client-appointments.cancel", CANCEL, id)));
        }
        if (appointment.status() != AppointmentStatus.CANCELLED && appointment.status() != AppointmentStatus.REJECTED) {
            rows = rows.append(List.of(button(conversation, "client-appointments.payment", PAYMENT, id)));
        }
        rows = rows.append(List.of(button(conversation, "client-appointments.back", LIST)));
        return new Screen(conversation.text("client-appointments.appointment") + "\n" + describe(conversation, appointment, view)
                + io.kalenner.adapter.telegram.booking.PackageTexts.paidBy(conversation, desk.core, appointment.id(), "packages.paid-by-client"),
                Keyboards.rows(rows));
    }

    private static String describe(Conversation conversation, Appointment appointment, AppointmentView view) {
        return io.kalenner.adapter.telegram.booking.AppointmentTexts.forProvider(conversation, view)
                + "\n" + conversation.text("appointment.money", conversation.formats().money(appointment.price()),
                        conversation.formats().money(appointment.paid()), conversation.formats().money(appointment.balance()));
    }

    private static String currencyName(Conversation conversation, Currency currency) {
        return currency.getSymbol(conversation.texts().locale());
    }
}
