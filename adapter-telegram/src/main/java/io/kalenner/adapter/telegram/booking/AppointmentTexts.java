package io.kalenner.adapter.telegram.booking;

import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.application.booking.AppointmentView;

/** How one appointment reads in a message, seen from either side. */
public final class AppointmentTexts {

    private AppointmentTexts() {}

    /** For the client: when, with whom, what, and its status. */
    public static String forClient(Conversation conversation, AppointmentView view) {
        return conversation.text("appointment.for-client",
                conversation.formats().dateTime(view.appointment().time().start()),
                view.provider().displayName(),
                view.service().name(),
                conversation.formats().status(view.appointment().status()));
    }

    /** For the provider: when, which client, what, and its status. */
    public static String forProvider(Conversation conversation, AppointmentView view) {
        return conversation.text("appointment.for-provider",
                conversation.formats().dateTime(view.appointment().time().start()),
                view.client().displayName(),
                view.service().name(),
                conversation.formats().status(view.appointment().status()));
    }
}
