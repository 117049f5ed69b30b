package io.kalenner.application.profile;

import io.kalenner.application.access.Access;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.WebLink;
import io.vavr.control.Either;
import io.vavr.control.Option;

public final class ProviderPaymentLinkService implements ProviderPaymentLink {

    private final Ports ports;
    private final Access access;

    public ProviderPaymentLinkService(Ports ports, Access access) {
        this.ports = ports;
        this.access = access;
    }

    @Override
    public Either<Rejection, Option<WebLink>> of(AccountId actor, AccountId provider) {
        // reads only, so no transaction: under READ COMMITTED one would add a round trip and no consistency
        return access.providerVisibleTo(actor, provider)
                .map(p -> ports.profiles().findByProvider(p.id()).flatMap(profile -> profile.contacts().paymentLink()));
    }
}
