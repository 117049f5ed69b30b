package io.kalenner.adapter.telegram.start;

import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.application.BookingCore;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.domain.account.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * {@code /start}, with the payload of an invitation link or without: opens the invitation when
 * there is one, and always ends with the main menu.
 */
public final class StartCommand {

    private static final Logger log = LoggerFactory.getLogger(StartCommand.class);

    private final BookingCore core;
    private final Outgoing outgoing;

    public StartCommand(BookingCore core, Outgoing outgoing) {
        this.core = core;
        this.outgoing = outgoing;
    }

    public void handle(Conversation conversation, String payload) {
        Account account = conversation.account();
        String text;
        if (payload.isEmpty()) {
            text = core.listMyProviders().providers(account.id()).isEmpty()
                    ? conversation.text("start.no-invitation")
                    : conversation.text("start.welcome-back");
        } else {
            text = core.acceptInvitation().accept(account.id(), new AcceptInvitation.Command(payload)).fold(
                    refused -> {
                        log.info("invitation refused account={} reason={}", account.id(), refused.reason());
                        return conversation.text("start.invalid-invitation");
                    },
                    provider -> {
                        log.info("invitation accepted account={} provider={}", account.id(), provider.id());
                        return conversation.text("start.invited", provider.displayName());
                    });
        }
        showMenu(conversation, text);
    }

    /** Sends a text with the main menu under it. */
    public void showMenu(Conversation conversation, String text) {
        outgoing.call(SendMessage.builder()
                .chatId(conversation.chatId())
                .text(text)
                .replyMarkup(MainMenu.keyboard(conversation.account()))
                .build());
    }
}
