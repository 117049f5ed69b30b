package io.kalenner.domain.invitation;

import io.kalenner.domain.account.AccountId;
import java.util.Objects;

/** An invitation of one provider: clients who open it get the provider added to their list. */
public record Invitation(InvitationCode code, AccountId provider, Kind kind) {

    public Invitation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(kind, "kind");
    }

    /** Whom the invitation is for: clients, or specialists joining an organization. */
    public enum Kind {
        CLIENT,
        SPECIALIST
    }
}
