package io.kalenner.application.profile;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.invitation.InvitationCode;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.service.Service;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * Anyone with the address sees a published profile: the profile, the provider's name, its
 * services on offer (archived ones left out) and the code of its client invitation (the one the
 * provider's QR code carries; made now if the provider never asked for it). An unknown slug, a
 * malformed one and an unpublished profile are all {@code NOT_FOUND} alike, so a visitor cannot
 * tell a hidden page from a missing one.
 */
public interface ViewPublicProfile {

    Either<Rejection, PublicProfile> view(String slug);

    record PublicProfile(Profile profile, String providerName, List<Service> services, InvitationCode invitation) {}
}
