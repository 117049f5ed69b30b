package io.kalenner.application.profile;

import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Slug;
import io.vavr.control.Either;

/** Finding a profile as a visitor may see it: published, else not there at all. */
final class PublishedProfiles {

    private PublishedProfiles() {}

    static Either<Rejection, Profile> find(Ports ports, String slug) {
        return Slug.parse(slug).mapLeft(bad -> Rejection.of(Reason.NOT_FOUND, "profile"))
                .flatMap(valid -> ports.profiles().findBySlug(valid).toEither(() -> Rejection.of(Reason.NOT_FOUND, "profile")))
                .filterOrElse(Profile::published, hidden -> Rejection.of(Reason.NOT_FOUND, "profile"));
    }
}
