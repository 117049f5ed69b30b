package io.kalenner.application.profile;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Profile;
import io.vavr.control.Either;

/**
 * A provider sets one field of its own profile; the first edit creates the profile under its
 * default slug. A blank value clears the field (a slug cannot be cleared: {@code INVALID_SLUG}).
 * Each field's own check refuses bad values ({@code INVALID_SLUG}, {@code SLUG_TAKEN},
 * {@code INVALID_URL}, {@code INVALID_EMAIL}, {@code INVALID_PHONE}, {@code TEXT_TOO_LONG},
 * {@code INVALID_INPUT}); a client is {@code NOT_A_PROVIDER}. A refusal changes nothing.
 */
public interface EditProfile {

    Either<Rejection, Profile> edit(AccountId actor, Command command);

    record Command(Field field, String value) {}

    /** The fields a provider fills in, one at a time. */
    enum Field {
        SLUG,
        ABOUT,
        EXPERIENCE,
        EDUCATION,
        WEBSITE,
        EMAIL,
        PHONE,
        ADDRESS,
        /** Social profile links, one a line. */
        SOCIALS,
        /** The provider-wide payment link: an http(s) address, or {@code INVALID_URL}. */
        PAYMENT_LINK
    }
}
