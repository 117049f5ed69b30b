package io.kalenner.application.profile;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Profile;
import io.vavr.control.Either;

/**
 * A provider looks at its own profile, published or not; before any edit that is an empty,
 * unpublished one under the default slug (not stored yet). A client is {@code NOT_A_PROVIDER}.
 */
public interface ViewOwnProfile {

    Either<Rejection, Profile> view(AccountId actor);
}
