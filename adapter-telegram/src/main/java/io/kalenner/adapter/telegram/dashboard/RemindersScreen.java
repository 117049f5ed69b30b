package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.ReminderLeads;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code Напоминания}: how long before an Accepted appointment the client and the specialist are
 * reminded (24 h and 1 h unless changed), {@code Изменить}, which takes the leads typed in one line
 * ({@code 24ч, 1ч}, {@code 24h, 1h, 30m}), and {@code Выключить}. A line that cannot be read, or
 * leads the use case refuses, are answered and the question stays (D47). Below them, whether the
 * provider is told of its clients' uploads, with the button that switches it; the button carries
 * the wanted state, so a repeated press does not flip it back (D71).
 */
final class RemindersScreen {

    static final String SHOW = "dM";
    static final String CHANGE = "dE";
    static final String TURN_OFF = "dQ";
    static final String UPLOAD_NOTICE_ON = "f1";
    static final String UPLOAD_NOTICE_OFF = "f2";
    static final Set<String> ACTIONS = HashSet.of(SHOW, CHANGE, TURN_OFF, UPLOAD_NOTICE_ON, UPLOAD_NOTICE_OFF);

    static final String STEP_PREFIX = "d.reminders";
    private static final Logger log = LoggerFactory.getLogger(RemindersScreen.class);

    private final Desk desk;

    RemindersScreen(Desk desk) {
        this.desk = desk;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        AccountId me = conversation.account().id();
        Either<Rejection, Boolean> uploadNotice = switchedUploadNotice(me, data.action());
        Either<Rejection, ReminderLeads> leads = data.action().equals(TURN_OFF)
                ? desk.core.setReminders().set(me, List.empty())
                : desk.core.setReminders().current(me);
        if (leads.isRight() && data.action().equals(CHANGE)) {
            desk.dialogues.await(conversation.chatId(), STEP_PREFIX, "");
            return desk.show(conversation, shown, new Screen(conversation.text("reminders.ask", leads(conversation, leads.get())),
                    Keyboards.grid(List.of(button(conversation, "reminders.back", SHOW)), 1)));
        }
        return leads.flatMap(current -> uploadNotice.map(on -> screen(conversation, current, on, ""))).fold(
                refused -> Desk.refused(conversation, refused),
                screen -> desk.show(conversation, shown, screen));
    }

    /** The upload notice as the press leaves it: switched by its buttons, as it was otherwise. */
    private Either<Rejection, Boolean> switchedUploadNotice(AccountId me, String action) {
        if (!action.equals(UPLOAD_NOTICE_ON) && !action.equals(UPLOAD_NOTICE_OFF)) {
            return desk.core.setUploadNotice().current(me);
        }
        return desk.core.setUploadNotice().set(me, action.equals(UPLOAD_NOTICE_ON))
                .peek(on -> log.info("upload notice set by={} on={}", me, on));
    }

    void reply(Conversation conversation, String text) {
        Inputs.leads(text).fold(
                () -> {
                    desk.say(conversation, conversation.text("reminders.mistake")); // the question stays
                    return null;
                },
                typed -> desk.core.setReminders().set(conversation.account().id(), typed).fold(
                        refused -> {
                            desk.say(conversation, Rejections.text(conversation, refused) + "\n" + conversation.text("reminders.rule"));
                            return null;
                        },
                        saved -> {
                            log.info("reminders set by={} count={}", conversation.account().id(), saved.leads().size());
                            desk.dialogues.clear(conversation.chatId());
                            boolean uploadNotice = desk.core.setUploadNotice().current(conversation.account().id()).getOrElse(false);
                            desk.send(conversation, screen(conversation, saved, uploadNotice, conversation.text("reminders.saved") + "\n\n"));
                            return null;
                        }));
    }

    private static Screen screen(Conversation conversation, ReminderLeads leads, boolean uploadNotice, String before) {
        String text = before + (leads.leads().isEmpty()
                ? conversation.text("reminders.off")
                : conversation.text("reminders.current", leads(conversation, leads)))
                + "\n\n" + conversation.text(uploadNotice ? "upload-notice.on" : "upload-notice.off");
        List<io.vavr.collection.List<org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton>> rows = List.of(
                leads.leads().isEmpty()
                        ? List.of(button(conversation, "reminders.turn-on", CHANGE))
                        : List.of(button(conversation, "reminders.change", CHANGE), button(conversation, "reminders.turn-off", TURN_OFF)),
                List.of(uploadNotice
                        ? button(conversation, "upload-notice.turn-off", UPLOAD_NOTICE_OFF)
                        : button(conversation, "upload-notice.turn-on", UPLOAD_NOTICE_ON)),
                List.of(button(conversation, "dashboard.back", Dashboard.MENU)));
        return new Screen(text, Keyboards.rows(rows));
    }

    private static String leads(Conversation conversation, ReminderLeads leads) {
        return leads.leads().isEmpty() ? conversation.text("reminders.none") : leads.leads().map(lead -> lead(conversation, lead)).mkString(", ");
    }

    private static String lead(Conversation conversation, Duration lead) {
        long hours = lead.toHours();
        int minutes = lead.toMinutesPart();
        if (hours == 0) {
            return conversation.text("reminders.minutes", minutes);
        }
        return minutes == 0 ? conversation.text("reminders.hours", hours)
                : conversation.text("reminders.hours", hours) + " " + conversation.text("reminders.minutes", minutes);
    }
}
