package io.kalenner.application.profile;

import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Section;
import io.kalenner.domain.profile.Theme;
import io.vavr.collection.List;
import io.vavr.control.Either;

/**
 * A provider chooses its page's theme and configures it: the accent colour ({@code #rrggbb}, else
 * {@code INVALID_COLOUR}) and the sections shown, in order (a section twice is
 * {@code INVALID_INPUT}). A client is {@code NOT_A_PROVIDER}.
 */
public interface DesignProfile {

    Either<Rejection, Profile> design(AccountId actor, Command command);

    record Command(Theme theme, String accent, List<Section> sections) {}
}
