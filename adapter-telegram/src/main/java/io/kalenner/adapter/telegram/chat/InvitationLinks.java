package io.kalenner.adapter.telegram.chat;

import io.kalenner.domain.invitation.InvitationCode;

/** Deep links that open this bot with an invitation: {@code https://t.me/<bot>?start=<code>}. */
public record InvitationLinks(String botUsername) {

    public String of(InvitationCode code) {
        return "https://t.me/" + botUsername + "?start=" + code.value();
    }
}
