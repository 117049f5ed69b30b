package io.kalenner.application.profile;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Slug;
import io.vavr.control.Either;

/**
 * A client asks where its provider's public page is: the slug of the provider's published profile.
 * A provider not on the actor's list is {@code NOT_YOUR_PROVIDER}; one without a published
 * profile {@code NOT_FOUND}, so the client is never sent to a page that answers 404.
 */
public interface ProfileAddress {

    Either<Rejection, Slug> of(AccountId actor, AccountId provider);
}
