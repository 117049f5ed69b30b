package io.kalenner.adapter.telegram.booking;

import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.application.servicepackage.ClientPackage;

/** How a client's package reads, for the client and for its provider alike. */
public final class PackageTexts {

    private PackageTexts() {}

    /** The service and the sessions left of all: {@code Йога: осталось занятий 2 из 3}. */
    public static String standing(Conversation conversation, ClientPackage bought) {
        return conversation.text("packages.standing", bought.service().name(), bought.standing().remaining(),
                bought.standing().purchase().sessions());
    }
}
