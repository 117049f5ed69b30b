package io.kalenner.adapter.telegram.chat;

import io.kalenner.domain.Rejection;
import java.util.Locale;

/** Each rejection reason has a text key: {@code rejection.slot-taken} for {@code SLOT_TAKEN}. */
public final class Rejections {

    private Rejections() {}

    public static String key(Rejection.Reason reason) {
        return "rejection." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String text(Conversation conversation, Rejection rejection) {
        return conversation.text(key(rejection.reason()));
    }
}
