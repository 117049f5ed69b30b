package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.domain.Rejection;
import io.kalenner.application.booking.AddScheduleException;
import io.kalenner.application.booking.AppointmentView;
import io.kalenner.application.booking.CancelCoveredAppointments;
import io.kalenner.application.booking.RemoveScheduleException;
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.ScheduleException;
import io.kalenner.domain.schedule.ScheduleException.Absence;
import io.kalenner.domain.schedule.ScheduleException.DateOverride;
import io.kalenner.domain.schedule.ScheduleExceptionGrammar;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHours;
import io.kalenner.domain.schedule.WorkingHoursGrammar;
import io.kalenner.domain.schedule.WorkingHoursGrammar.Mistake;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Рабочие часы}: the week as it stands, in the provider's own time setting, and
 * {@code Изменить}, which takes the whole week typed in one line
 * ({@code пн-пт 09:00-18:00, сб 10:00-14:00}). The other schedule settings are kept. Below the
 * week, the exceptions still to come, each with a button removing it, and {@code Добавить
 * исключение}, which takes one typed in one line ({@code 31.12.2026}, {@code 01.08-14.08},
 * {@code 05.12 13:00-15:00}, {@code 06.12 работаю 10:00-14:00}). A line that cannot be read is
 * answered with where and what was expected, and the question stays.
 */
final class WorkingHoursScreen {

    static final String SHOW = "dh";
    static final String CHANGE = "dH";
    static final String ADD_EXCEPTION = "dy";
    static final String REMOVE_EXCEPTION = "dY";
    /** {@code Отменить эти записи}: the exception's key; the reason is asked. */
    static final String CANCEL_COVERED = "d1";
    /** {@code Пропустить} on the reason: the exception's key; cancels without a reason. */
    static final String CANCEL_COVERED_NO_REASON = "d2";
    static final Set<String> ACTIONS = HashSet.of(SHOW, CHANGE, ADD_EXCEPTION, REMOVE_EXCEPTION, CANCEL_COVERED, CANCEL_COVERED_NO_REASON);

    static final String STEP_PREFIX = "d.hours";
    private static final String HOURS_STEP = STEP_PREFIX;
    private static final String EXCEPTION_STEP = STEP_PREFIX + ".exception";
    /** The reason for cancelling the appointments an exception falls on; the payload is the exception's key. */
    private static final String COVERED_REASON_STEP = STEP_PREFIX + ".covered";
    private static final int REMOVE_BUTTONS = 10;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Logger log = LoggerFactory.getLogger(WorkingHoursScreen.class);

    private final Desk desk;

    WorkingHoursScreen(Desk desk) {
        this.desk = desk;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        if (!conversation.account().isProvider()) {
            return Desk.refused(conversation, Rejection.of(Rejection.Reason.NOT_A_PROVIDER));
        }
        if (data.action().equals(CHANGE)) {
            desk.dialogues.await(conversation.chatId(), HOURS_STEP, "");
            return desk.show(conversation, shown, new Screen(conversation.text("hours.ask"),
                    Keyboards.grid(List.of(button(conversation, "hours.back", SHOW)), 1)));
        }
        if (data.action().equals(ADD_EXCEPTION)) {
            desk.dialogues.await(conversation.chatId(), EXCEPTION_STEP, "");
            return desk.show(conversation, shown, new Screen(conversation.text("hours.exception.ask"),
                    Keyboards.grid(List.of(button(conversation, "hours.back", SHOW)), 1)));
        }
        if (data.action().equals(REMOVE_EXCEPTION)) {
            return desk.show(conversation, shown, week(conversation, remove(conversation, data) + "\n\n"));
        }
        if (data.action().equals(CANCEL_COVERED)) {
            return named(conversation, data.arguments()).fold(() -> Desk.stale(conversation), exception -> askReason(conversation, shown, exception));
        }
        if (data.action().equals(CANCEL_COVERED_NO_REASON)) {
            return named(conversation, data.arguments()).fold(() -> Desk.stale(conversation), exception -> {
                desk.show(conversation, shown, cancelCovered(conversation, exception, Option.none()));
                return CallbackAnswer.NONE;
            });
        }
        return desk.show(conversation, shown, week(conversation, ""));
    }

    /** A button names the exception by kind, first date and start time: no two of a provider's share them (D30). */
    private Option<ScheduleException> named(Conversation conversation, List<String> key) {
        return desk.core.listScheduleExceptions().list(conversation.account().id()).getOrElse(List.empty())
                .find(exception -> key(exception).equals(key));
    }

    private String remove(Conversation conversation, CallbackData data) {
        var me = conversation.account().id();
        return named(conversation, data.arguments()).toEither(() -> Rejection.of(Rejection.Reason.NOT_FOUND))
                .flatMap(exception -> desk.core.removeScheduleException().remove(me, new RemoveScheduleException.Command(exception)))
                .fold(refused -> Rejections.text(conversation, refused), left -> {
                    log.info("schedule exception removed by={}", me);
                    return conversation.text("hours.exception.removed");
                });
    }

    private static List<String> key(ScheduleException exception) {
        String kind = exception.getClass().getSimpleName().substring(0, 1);
        String from = exception instanceof Absence absence ? absence.time().from().toString().replace(":", "") : "";
        return List.of(kind, Long.toString(exception.first().toEpochDay(), 36), from);
    }

    void reply(Conversation conversation, State state, String text) {
        if (state.step().equals(EXCEPTION_STEP)) {
            addException(conversation, text);
            return;
        }
        if (state.step().equals(COVERED_REASON_STEP)) {
            coveredReason(conversation, state, text);
            return;
        }
        WorkingHoursGrammar.parse(text).fold(
                mistake -> {
                    desk.say(conversation, mistake(conversation, text, mistake));
                    return null;
                },
                hours -> {
                    save(conversation, hours);
                    return null;
                });
    }

    private void save(Conversation conversation, WorkingHours hours) {
        var me = conversation.account().id();
        desk.dialogues.clear(conversation.chatId());
        // the other settings (buffer, notice, horizon) stay as they are
        Schedule current = desk.core.ports().schedules().of(me);
        desk.core.setSchedule().set(me, current.withHours(hours)).fold(
                refused -> {
                    desk.say(conversation, Rejections.text(conversation, refused));
                    return null;
                },
                saved -> {
                    log.info("working hours set by={}", me);
                    desk.send(conversation, week(conversation, conversation.text("hours.saved") + "\n\n"));
                    return null;
                });
    }

    private void addException(Conversation conversation, String text) {
        var me = conversation.account().id();
        LocalDate today = conversation.formats().localDate(desk.core.ports().clock().instant());
        ScheduleExceptionGrammar.parse(text, today).fold(
                mistake -> {
                    desk.say(conversation, mistake(conversation, text, mistake, "hours.exception.mistake"));
                    return null;
                },
                exception -> desk.core.addScheduleException().add(me, new AddScheduleException.Command(exception)).fold(
                        refused -> {
                            desk.say(conversation, Rejections.text(conversation, refused)); // the question stays
                            return null;
                        },
                        saved -> {
                            desk.dialogues.clear(conversation.chatId());
                            log.info("schedule exception added by={}", me);
                            desk.send(conversation, week(conversation, conversation.text("hours.exception.saved") + "\n\n"));
                            offerToCancelCovered(conversation, exception);
                            return null;
                        }));
    }

    /** When the new exception falls on appointments already made, they are listed with a way to cancel them all. */
    private void offerToCancelCovered(Conversation conversation, ScheduleException exception) {
        List<AppointmentView> covered = coveredViews(conversation, exception);
        if (covered.isEmpty()) {
            return;
        }
        Object[] key = key(exception).toJavaArray(String[]::new);
        desk.send(conversation, new Screen(conversation.text("hours.covered", conversation.texts().count("count.appointments", covered.size()))
                + "\n" + Desk.lines(conversation, covered, view -> coveredLine(conversation, view)) + "\n\n" + conversation.text("hours.covered.offer"),
                Keyboards.grid(List.of(button(conversation, "hours.covered.cancel", CANCEL_COVERED, key),
                        button(conversation, "hours.covered.keep", SHOW)), 1)));
    }

    private CallbackAnswer askReason(Conversation conversation, Shown shown, ScheduleException exception) {
        List<AppointmentView> covered = coveredViews(conversation, exception);
        if (covered.isEmpty()) {
            return desk.show(conversation, shown, week(conversation, conversation.text("hours.covered.none") + "\n\n"));
        }
        List<String> key = key(exception);
        desk.dialogues.await(conversation.chatId(), COVERED_REASON_STEP, key.mkString(" "));
        return desk.show(conversation, shown, new Screen(conversation.text("hours.covered.ask-reason",
                conversation.texts().count("count.appointments", covered.size())), Keyboards.grid(List.of(
                        button(conversation, "hours.covered.skip", CANCEL_COVERED_NO_REASON, (Object[]) key.toJavaArray(String[]::new)),
                        button(conversation, "hours.back", SHOW)), 1)));
    }

    private void coveredReason(Conversation conversation, State state, String text) {
        Option<ScheduleException> exception = named(conversation, List.of(state.payload().split(" ", -1)));
        if (exception.isEmpty()) {
            desk.dialogues.clear(conversation.chatId());
            desk.say(conversation, conversation.text("button.stale"));
            return;
        }
        if (!desk.takesReason(conversation, text, "hours.covered")) {
            return;
        }
        desk.dialogues.clear(conversation.chatId());
        desk.send(conversation, cancelCovered(conversation, exception.get(), Option.some(text)));
    }

    private Screen cancelCovered(Conversation conversation, ScheduleException exception, Option<String> reason) {
        var me = conversation.account().id();
        String outcome = desk.core.cancelCoveredAppointments().cancelCovered(me, new CancelCoveredAppointments.Command(exception, reason)).fold(
                refused -> Rejections.text(conversation, refused),
                cancelled -> {
                    log.info("covered appointments cancelled count={} by={}", cancelled.size(), me);
                    return cancelled.isEmpty() ? conversation.text("hours.covered.none")
                            : conversation.text("hours.covered.cancelled", conversation.texts().count("count.appointments", cancelled.size()));
                });
        return week(conversation, outcome + "\n\n");
    }

    private List<AppointmentView> coveredViews(Conversation conversation, ScheduleException exception) {
        var me = conversation.account().id();
        return desk.core.listCoveredAppointments().covered(me, exception).getOrElse(List.empty())
                .flatMap(appointment -> desk.core.viewAppointment().view(me, appointment.id()).toOption());
    }

    private static String coveredLine(Conversation conversation, AppointmentView view) {
        return conversation.text("requests.line", conversation.formats().dateTime(view.appointment().time().start()),
                view.client().displayName(), view.service().name()) + " " + conversation.formats().status(view.appointment().status());
    }

    private Screen week(Conversation conversation, String prefix) {
        List<ScheduleException> exceptions = desk.core.listScheduleExceptions().list(conversation.account().id()).getOrElse(List.empty());
        WorkingHours hours = desk.core.ports().schedules().of(conversation.account().id()).hours();
        String days = List.of(DayOfWeek.values()).map(day -> conversation.text("hours.day-line", conversation.formats().weekday(day),
                hours.on(day).isEmpty() ? conversation.text("hours.day-off") : hours.on(day).map(WorkingHoursScreen::interval).mkString(", ")))
                .mkString("\n");
        String text = prefix + conversation.text("hours.heading") + "\n\n" + days
                + (hours.byDay().isEmpty() ? "\n\n" + conversation.text("hours.none") : "")
                + "\n\n" + (exceptions.isEmpty() ? conversation.text("hours.exceptions.none")
                        : conversation.text("hours.exceptions") + "\n" + Desk.lines(conversation, exceptions, e -> exception(conversation, e)));
        List<InlineKeyboardButton> removals = exceptions.take(REMOVE_BUTTONS).zipWithIndex().map(numbered ->
                Keyboards.button(conversation.text("hours.exception.remove", numbered._2 + 1),
                        CallbackData.of(REMOVE_EXCEPTION, (Object[]) key(numbered._1).toJavaArray(String[]::new))));
        return new Screen(text, Keyboards.rows(List.of(
                List.of(button(conversation, "hours.change", CHANGE), button(conversation, "hours.exception.add", ADD_EXCEPTION)))
                .appendAll(removals.grouped(5).map(List::ofAll).toList())
                .append(List.of(button(conversation, "dashboard.back", Dashboard.MENU)))));
    }

    private static String exception(Conversation conversation, ScheduleException exception) {
        String first = DATE.format(exception.first());
        String dates = exception.last().equals(exception.first()) ? first : first + "–" + DATE.format(exception.last());
        if (exception instanceof Absence absence) {
            return conversation.text("hours.exception.absence", dates, interval(absence.time()));
        }
        if (exception instanceof DateOverride override) {
            return conversation.text("hours.exception.override", dates, override.intervals().map(WorkingHoursScreen::interval).mkString(", "));
        }
        return conversation.text(exception.isDayOff() && exception.days() > 1 ? "hours.exception.vacation" : "hours.exception.holiday", dates);
    }

    private static String mistake(Conversation conversation, String line, Mistake mistake) {
        return mistake(conversation, line, mistake, "hours.mistake");
    }

    private static String mistake(Conversation conversation, String line, Mistake mistake, String key) {
        String found = mistake.found().isEmpty() || mistake.position() >= line.length()
                ? conversation.text("hours.end-of-line")
                : "«" + line.substring(mistake.position(), Math.min(line.length(), mistake.position() + Math.max(mistake.found().length(), 1))) + "»";
        String expected = conversation.text("hours.expected." + mistake.expected().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return conversation.text(key, mistake.position() + 1, found, expected);
    }

    private static String interval(LocalInterval interval) {
        return TIME.format(interval.from()) + "–" + TIME.format(interval.to());
    }
}
