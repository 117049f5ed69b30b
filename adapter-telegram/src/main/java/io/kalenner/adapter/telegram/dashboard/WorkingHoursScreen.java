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
import io.kalenner.domain.schedule.LocalInterval;
import io.kalenner.domain.schedule.Schedule;
import io.kalenner.domain.schedule.WorkingHours;
import io.kalenner.domain.schedule.WorkingHoursGrammar;
import io.kalenner.domain.schedule.WorkingHoursGrammar.Mistake;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Рабочие часы}: the week as it stands, in the provider's own time setting, and
 * {@code Изменить}, which takes the whole week typed in one line
 * ({@code пн-пт 09:00-18:00, сб 10:00-14:00}). The other schedule settings are kept. A line that
 * cannot be read is answered with where and what was expected, and the question stays.
 */
final class WorkingHoursScreen {

    static final String SHOW = "dh";
    static final String CHANGE = "dH";
    static final Set<String> ACTIONS = HashSet.of(SHOW, CHANGE);

    static final String STEP_PREFIX = "d.hours";
    private static final String HOURS_STEP = STEP_PREFIX;

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
        return desk.show(conversation, shown, week(conversation, ""));
    }

    void reply(Conversation conversation, State state, String text) {
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

    private Screen week(Conversation conversation, String prefix) {
        WorkingHours hours = desk.core.ports().schedules().of(conversation.account().id()).hours();
        String days = List.of(DayOfWeek.values()).map(day -> conversation.text("hours.day-line", conversation.formats().weekday(day),
                hours.on(day).isEmpty() ? conversation.text("hours.day-off") : hours.on(day).map(WorkingHoursScreen::interval).mkString(", ")))
                .mkString("\n");
        String text = prefix + conversation.text("hours.heading") + "\n\n" + days
                + (hours.byDay().isEmpty() ? "\n\n" + conversation.text("hours.none") : "");
        return new Screen(text, Keyboards.rows(List.of(
                List.of(button(conversation, "hours.change", CHANGE)),
                List.of(button(conversation, "dashboard.back", Dashboard.MENU)))));
    }

    private static String mistake(Conversation conversation, String line, Mistake mistake) {
        String found = mistake.found().isEmpty() || mistake.position() >= line.length()
                ? conversation.text("hours.end-of-line")
                : "«" + line.substring(mistake.position(), Math.min(line.length(), mistake.position() + Math.max(mistake.found().length(), 1))) + "»";
        String expected = conversation.text("hours.expected." + mistake.expected().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return conversation.text("hours.mistake", mistake.position() + 1, found, expected);
    }

    private static String interval(LocalInterval interval) {
        return TIME.format(interval.from()) + "–" + TIME.format(interval.to());
    }
}
