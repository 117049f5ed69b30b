package io.kalenner.application.profile;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Profile;
import io.vavr.control.Either;

public final class ViewOwnProfileService implements ViewOwnProfile {

    private final Ports ports;
    private final OwnProfile own;

    public ViewOwnProfileService(Ports ports, Access access) {
        this.ports = ports;
        this.own = new OwnProfile(ports, access);
    }

    @Override
    public Either<Rejection, Profile> view(AccountId actor) {
        return ports.transactions().inTransaction(() -> own.of(actor));
    }
}
