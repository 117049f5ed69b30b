package io.kalenner.application.inmemory;

import io.kalenner.application.port.ProfileRepository;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Slug;
import io.vavr.control.Either;
import io.vavr.control.Option;

public final class InMemoryProfileRepository implements ProfileRepository {

    private final InMemoryTable<AccountId, Profile> profiles;

    public InMemoryProfileRepository(InMemoryTransactions transactions) {
        this.profiles = new InMemoryTable<>(transactions);
    }

    @Override
    public Option<Profile> findByProvider(AccountId provider) {
        return profiles.get(provider);
    }

    @Override
    public Option<Profile> findBySlug(Slug slug) {
        return profiles.where(p -> p.slug().equals(slug)).headOption();
    }

    @Override
    public Either<Rejection, Profile> save(Profile profile) {
        return profiles.atomically(() -> {
            if (profiles.where(p -> p.slug().equals(profile.slug()) && !p.provider().equals(profile.provider())).nonEmpty()) {
                return Rejection.of(Rejection.Reason.SLUG_TAKEN).asLeft();
            }
            profiles.put(profile.provider(), profile);
            return Either.right(profile);
        });
    }
}
