package io.kalenner.application.port;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Slug;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Providers' public profiles, one per provider, each under a slug no other profile has. */
public interface ProfileRepository {

    Option<Profile> findByProvider(AccountId provider);

    Option<Profile> findBySlug(Slug slug);

    /**
     * Inserts or replaces the provider's profile. When another provider's profile has the same
     * slug, nothing is saved and the answer is {@code SLUG_TAKEN}: of two providers racing for one
     * slug, only one ever gets it.
     */
    Either<Rejection, Profile> save(Profile profile);
}
