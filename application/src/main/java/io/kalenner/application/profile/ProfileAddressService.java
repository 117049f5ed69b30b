package io.kalenner.application.profile;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Slug;
import io.vavr.control.Either;

public final class ProfileAddressService implements ProfileAddress {

    private final Ports ports;
    private final Access access;

    public ProfileAddressService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, Slug> of(AccountId actor, AccountId provider) {
        // reads only, so no transaction: under READ COMMITTED one would add a round trip and no consistency
        return access.providerVisibleTo(actor, provider)
                .flatMap(p -> ports.profiles().findByProvider(p.id()).filter(Profile::published)
                        .toEither(() -> Rejection.of(Reason.NOT_FOUND, "profile")))
                .map(Profile::slug);
    }
}
