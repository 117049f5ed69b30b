package io.kalenner.adapter.telegram.booking;

import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.application.BookingCore;
import io.kalenner.application.servicepackage.ClientPackage;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.servicepackage.PackageStanding;
import java.time.format.DateTimeFormatter;

/** How a client's package reads, for the client and for its provider alike. */
public final class PackageTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PackageTexts() {}

    /**
     * The service and the sessions left of all, used and booked, then whether it is used up or
     * expired (or until when it is valid) and what is still owed on it:
     * {@code Йога: осталось занятий 1 из 3 (использовано 1, забронировано 1) · действует до 05.02.2030 · к оплате: 4000 ₽}.
     */
    public static String standing(Conversation conversation, ClientPackage bought) {
        PackageStanding standing = bought.standing();
        String text = conversation.text("packages.standing", bought.service().name(), standing.remaining(),
                standing.purchase().sessions(), standing.used(), standing.booked());
        if (standing.exhausted()) {
            text += " · " + conversation.text("packages.used-up");
        } else if (bought.expired()) {
            text += " · " + conversation.text("packages.expired", DATE.format(standing.purchase().expiry().get().lastDay()));
        } else if (standing.purchase().expiry().isDefined()) {
            text += " · " + conversation.text("packages.valid-until", DATE.format(standing.purchase().expiry().get().lastDay()));
        }
        if (standing.balance().minorUnits() != 0) {
            text += " · " + conversation.text("packages.owed", conversation.formats().money(standing.balance()));
        }
        return text;
    }

    /**
     * The package that pays for the appointment and the sessions it has left, on a line of its own
     * (the key says whose side reads it); nothing when none does (D53, D68).
     */
    public static String paidBy(Conversation conversation, BookingCore core, AppointmentId appointment, String key) {
        return core.listMyPackages().payingFor(conversation.account().id(), appointment).toOption().flatMap(p -> p)
                .map(p -> "\n" + conversation.text(key, p.service().name(), p.standing().remaining(), p.standing().purchase().sessions()))
                .getOrElse("");
    }
}
