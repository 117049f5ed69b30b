package io.kalenner.application.profile;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Profile;
import io.vavr.control.Either;

/**
 * A provider publishes its profile page, or takes it down (an unpublished page answers as if it
 * did not exist). Doing it twice is harmless. A client is {@code NOT_A_PROVIDER}.
 */
public interface PublishProfile {

    Either<Rejection, Profile> publish(AccountId actor, boolean published);
}
