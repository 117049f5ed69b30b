package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.dashboard.Desk.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.booking.AppointmentView;
import io.kalenner.application.booking.ViewMySchedule;
import io.kalenner.domain.schedule.LocalInterval;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * {@code Расписание}: the provider's own week, from today on its calendar, a date per line with the
 * clock times it works after its exceptions, and under it the appointments that hold its time
 * ({@code ViewMySchedule}, D62); {@code ◀}/{@code ▶} move a week (D63). The button carries the
 * week's first date; it is the pressing provider's own schedule whatever the date, so any date
 * is safe to show.
 */
final class ScheduleScreen {

    static final String SHOW = "d4";
    static final Set<String> ACTIONS = HashSet.of(SHOW);

    /** One screen shows a week. */
    static final int DAYS = 7;
    /** The most appointments listed under one date; a busy day says how many more there are. */
    static final int PER_DAY = 12;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Desk desk;

    ScheduleScreen(Desk desk) {
        this.desk = desk;
    }

    CallbackAnswer press(Conversation conversation, Shown shown, CallbackData data) {
        Option<LocalDate> from = data.arguments().isEmpty()
                ? Option.some(conversation.formats().localDate(desk.clock.instant()))
                : data.date(0);
        if (from.isEmpty()) {
            return Desk.stale(conversation);
        }
        return desk.core.viewMySchedule().view(conversation.account().id(), new ViewMySchedule.Command(from.get(), from.get().plusDays(DAYS - 1)))
                .fold(refused -> Desk.refused(conversation, refused),
                        days -> desk.show(conversation, shown, screen(conversation, from.get(), days)));
    }

    private static Screen screen(Conversation conversation, LocalDate from, List<ViewMySchedule.Day> days) {
        String text = conversation.text("schedule.heading", conversation.formats().dayButton(from),
                conversation.formats().dayButton(from.plusDays(DAYS - 1))) + "\n\n"
                + days.map(day -> day(conversation, day)).mkString("\n\n");
        return new Screen(text, Keyboards.rows(List.of(
                List.of(Keyboards.button(conversation.text("schedule.earlier"), CallbackData.of(SHOW, from.minusDays(DAYS))),
                        Keyboards.button(conversation.text("schedule.later"), CallbackData.of(SHOW, from.plusDays(DAYS)))),
                List.of(button(conversation, "dashboard.back", Dashboard.MENU)))));
    }

    private static String day(Conversation conversation, ViewMySchedule.Day day) {
        String working = day.working().isEmpty()
                ? conversation.text("schedule.not-working")
                : day.working().map(ScheduleScreen::interval).mkString(", ");
        String heading = conversation.text("schedule.day", conversation.formats().dayButton(day.date()), working);
        List<String> lines = day.appointments().take(PER_DAY).map(view -> appointment(conversation, view));
        if (day.appointments().size() > PER_DAY) {
            lines = lines.append(conversation.text("list.more", day.appointments().size() - PER_DAY));
        }
        return lines.prepend(heading).mkString("\n");
    }

    private static String interval(LocalInterval interval) {
        return CLOCK.format(interval.from()) + "–" + CLOCK.format(interval.to());
    }

    private static String appointment(Conversation conversation, AppointmentView view) {
        return conversation.text("schedule.appointment", conversation.formats().time(view.appointment().time().start()),
                conversation.formats().status(view.appointment().status()), view.client().displayName(), view.service().name());
    }
}
