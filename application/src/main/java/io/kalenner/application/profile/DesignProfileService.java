package io.kalenner.application.profile;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Design;
import io.kalenner.domain.profile.Profile;
import io.vavr.control.Either;

public final class DesignProfileService implements DesignProfile {

    private final OwnProfile own;

    public DesignProfileService(Ports ports, Access access) {
        this.own = new OwnProfile(ports, access);
    }

    @Override
    public Either<Rejection, Profile> design(AccountId actor, Command command) {
        return own.change(actor, profile -> Design.of(command.theme(), command.accent(), command.sections()).map(profile::withDesign));
    }
}
