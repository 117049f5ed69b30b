package io.kalenner.application.profile;

import io.kalenner.application.access.Access;
import io.kalenner.application.invitation.CreateClientInvitation;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.profile.Profile;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Either;

public final class ViewPublicProfileService implements ViewPublicProfile {

    private final Ports ports;
    private final Access access;
    private final CreateClientInvitation invitations;

    public ViewPublicProfileService(Ports ports, Access access, CreateClientInvitation invitations) {
        this.ports = ports;
        this.access = access;
        this.invitations = invitations;
    }

    @Override
    public Either<Rejection, PublicProfile> view(String slug) {
        Either<Rejection, Tuple2<Profile, Account>> found = ports.transactions().inTransaction(() -> PublishedProfiles.find(ports, slug)
                .flatMap(profile -> access.provider(profile.provider()).map(provider -> Tuple.of(profile, provider))));
        // the provider's one client invitation (D2), as its bot link and QR code carry it
        return found.flatMap(pair -> invitations.create(pair._2.id()).map(Invitation::code)
                .map(code -> new PublicProfile(pair._1, pair._2.displayName(), ports.services().activeOf(pair._2.id()), code)));
    }
}
