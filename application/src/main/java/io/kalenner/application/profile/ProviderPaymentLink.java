package io.kalenner.application.profile;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.WebLink;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * A client asks where to pay its provider as a whole: the provider-wide payment link set in the
 * profile, published or not (the page and the payment are separate matters); none when it has
 * none. A provider not on the actor's list is {@code NOT_YOUR_PROVIDER}.
 */
public interface ProviderPaymentLink {

    Either<Rejection, Option<WebLink>> of(AccountId actor, AccountId provider);
}
