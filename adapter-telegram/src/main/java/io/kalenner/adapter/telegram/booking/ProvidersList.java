package io.kalenner.adapter.telegram.booking;

import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.kalenner.domain.account.Account;
import io.vavr.collection.List;

/** {@code Список специалистов}: the client's providers, specialists marked 👤 and organizations 🏫. */
public final class ProvidersList {

    private final BookingCore core;
    private final Outgoing outgoing;

    public ProvidersList(BookingCore core, Outgoing outgoing) {
        this.core = core;
        this.outgoing = outgoing;
    }

    public void show(Conversation conversation) {
        List<Account> providers = core.listMyProviders().providers(conversation.account().id());
        String text = providers.isEmpty()
                ? conversation.text("booking.no-providers")
                : conversation.text("providers.heading") + "\n" + providers.map(BookingFlow::providerLabel).mkString("\n");
        outgoing.call(Screen.text(text).sendTo(conversation.chatId()));
    }
}
