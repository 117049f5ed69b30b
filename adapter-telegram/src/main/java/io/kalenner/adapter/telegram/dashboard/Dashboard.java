package io.kalenner.adapter.telegram.dashboard;

import static io.kalenner.adapter.telegram.chat.Keyboards.button;

import io.kalenner.adapter.telegram.chat.CallbackAnswer;
import io.kalenner.adapter.telegram.chat.CallbackData;
import io.kalenner.adapter.telegram.chat.Conversation;
import io.kalenner.adapter.telegram.chat.InvitationLinks;
import io.kalenner.adapter.telegram.chat.Keyboards;
import io.kalenner.adapter.telegram.chat.Outgoing;
import io.kalenner.adapter.telegram.chat.QrCodes;
import io.kalenner.adapter.telegram.chat.Rejections;
import io.kalenner.adapter.telegram.chat.Screen;
import io.kalenner.application.BookingCore;
import io.vavr.collection.List;
import java.io.ByteArrayInputStream;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.objects.InputFile;

/**
 * {@code Кабинет}: the provider's entry points. So far {@code Пригласить клиента}: the invitation
 * link and a QR code picture of it; the other sections arrive with the provider-side issue.
 */
public final class Dashboard {

    public static final String INVITE_CLIENT = "di";

    private final BookingCore core;
    private final Outgoing outgoing;
    private final InvitationLinks links;

    public Dashboard(BookingCore core, Outgoing outgoing, InvitationLinks links) {
        this.core = core;
        this.outgoing = outgoing;
        this.links = links;
    }

    public void show(Conversation conversation) {
        if (!conversation.account().isProvider()) {
            outgoing.call(Screen.text(conversation.text("rejection.not-a-provider")).sendTo(conversation.chatId()));
            return;
        }
        outgoing.call(new Screen(conversation.text("dashboard.heading"), Keyboards.grid(List.of(
                button(conversation.text("dashboard.invite-client"), CallbackData.of(INVITE_CLIENT))), 1)).sendTo(conversation.chatId()));
    }

    public CallbackAnswer press(Conversation conversation, int messageId, CallbackData data) {
        return core.createClientInvitation().create(conversation.account().id()).fold(
                refused -> CallbackAnswer.alert(Rejections.text(conversation, refused)),
                invitation -> {
                    String link = links.of(invitation.code());
                    outgoing.call(SendPhoto.builder()
                            .chatId(conversation.chatId())
                            .photo(new InputFile(new ByteArrayInputStream(QrCodes.png(link)), "invitation.png"))
                            .caption(conversation.text("dashboard.invitation", link))
                            .build());
                    return CallbackAnswer.NONE;
                });
    }
}
