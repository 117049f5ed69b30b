package io.kalenner.application.profile;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Profile;
import io.vavr.control.Either;

public final class PublishProfileService implements PublishProfile {

    private final OwnProfile own;

    public PublishProfileService(Ports ports, Access access) {
        this.own = new OwnProfile(ports, access);
    }

    @Override
    public Either<Rejection, Profile> publish(AccountId actor, boolean published) {
        return own.change(actor, profile -> Either.right(published ? profile.publish() : profile.unpublish()));
    }
}
