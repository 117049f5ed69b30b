package io.kalenner.application.document;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.vavr.control.Either;

public final class SetUploadNoticeService implements SetUploadNotice {

    private final Ports ports;
    private final Access access;

    public SetUploadNoticeService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, Boolean> set(AccountId actor, boolean on) {
        return ports.transactions().inTransaction(() -> access.provider(actor)
                .peek(provider -> ports.reminders().setUploadNotice(provider.id(), on))
                .map(provider -> on));
    }

    @Override
    public Either<Rejection, Boolean> current(AccountId actor) {
        return access.provider(actor).map(provider -> ports.reminders().uploadNoticeOf(provider.id()));
    }
}
