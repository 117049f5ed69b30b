package io.kalenner.adapter.telegram.chat;

import io.kalenner.domain.Rejection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Each rejection reason has a text key: {@code rejection.slot-taken} for {@code SLOT_TAKEN}. */
public final class Rejections {

    private Rejections() {}

    public static String key(Rejection.Reason reason) {
        return "rejection." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String text(Conversation conversation, Rejection rejection) {
        if (rejection.reason() == Rejection.Reason.FILE_TOO_LARGE) {
            // the detail is the limit in bytes
            long megabytes = io.vavr.control.Try.of(() -> Long.parseLong(rejection.detail())).getOrElse(20L * 1024 * 1024) / (1024 * 1024);
            return conversation.text(key(rejection.reason()), megabytes);
        }
        if (rejection.reason() == Rejection.Reason.LONGER_THAN_HORIZON || rejection.reason() == Rejection.Reason.TEXT_TOO_LONG
                || rejection.reason() == Rejection.Reason.GALLERY_FULL) {
            return conversation.text(key(rejection.reason()), rejection.detail()); // the horizon in days, a limit
        }
        if (rejection.reason() == Rejection.Reason.OVERLAPS_ANOTHER_EXCEPTION) {
            // the detail is the other exception's first date, ISO
            String date = io.vavr.control.Try.of(() -> DATE.format(LocalDate.parse(rejection.detail()))).getOrElse(rejection.detail());
            return conversation.text(key(rejection.reason()), date);
        }
        return conversation.text(key(rejection.reason()));
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
}
