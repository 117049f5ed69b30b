package io.kalenner.adapter.telegram.booking;

import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.application.booking.AppointmentView;
import io.vavr.collection.List;

/** {@code Записи}: the client's upcoming appointments with date, time, provider and status. */
public final class AppointmentsList {

    private final BookingCore core;
    private final Outgoing outgoing;

    public AppointmentsList(BookingCore core, Outgoing outgoing) {
        this.core = core;
        this.outgoing = outgoing;
    }

    public void show(Conversation conversation) {
        List<AppointmentView> upcoming = core.viewAppointment().upcomingOfClient(conversation.account().id());
        String text = upcoming.isEmpty()
                ? conversation.text("appointments.none")
                : conversation.text("appointments.heading") + "\n\n"
                        + upcoming.map(view -> AppointmentTexts.forClient(conversation, view)).mkString("\n\n");
        outgoing.call(Screen.text(text).sendTo(conversation.chatId()));
    }
}
