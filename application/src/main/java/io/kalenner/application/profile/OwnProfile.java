package io.kalenner.application.profile;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Profile;
import io.vavr.control.Either;
import java.util.function.Function;

/** The acting provider's own profile, and saving a change to it; every edit use case goes through here. */
final class OwnProfile {

    private final Ports ports;
    private final Access access;

    OwnProfile(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    /** The actor's profile, or a fresh one under its default slug; a client is {@code NOT_A_PROVIDER}. */
    Either<Rejection, Profile> of(AccountId actor) {
        return access.provider(actor).map(provider -> ports.profiles().findByProvider(provider.id())
                .getOrElse(() -> Profile.start(provider.id())));
    }

    /** Applies the change to the actor's profile and saves it, in one transaction; a refusal changes nothing. */
    Either<Rejection, Profile> change(AccountId actor, Function<Profile, Either<Rejection, Profile>> change) {
        return ports.transactions().inTransaction(() -> of(actor).flatMap(change).flatMap(ports.profiles()::save));
    }
}
