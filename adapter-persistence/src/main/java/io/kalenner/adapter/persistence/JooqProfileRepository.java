package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.PROFILE;

import io.kalenner.adapter.persistence.jooq.ProfileRecord;
import io.kalenner.application.port.ProfileRepository;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.document.FileId;
import io.kalenner.domain.profile.AccentColour;
import io.kalenner.domain.profile.Contacts;
import io.kalenner.domain.profile.Design;
import io.kalenner.domain.profile.Profile;
import io.kalenner.domain.profile.Section;
import io.kalenner.domain.profile.Slug;
import io.kalenner.domain.profile.Theme;
import io.kalenner.domain.profile.WebLink;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Profiles. A save first takes a transaction-scoped advisory lock on its slug, so two providers
 * racing for one slug queue, and the second sees the first's row and is told {@code SLUG_TAKEN}
 * instead of failing on the unique constraint (which stays as the last guard).
 */
final class JooqProfileRepository implements ProfileRepository {

    /** The first key of the two-key advisory locks on slugs; that key space is apart from the one-key locks. */
    private static final int SLUG_LOCKS = 5;

    private final JooqTransactions transactions;

    JooqProfileRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Option<Profile> findByProvider(AccountId provider) {
        return transactions.cached(ReadCache.Region.PROFILE, provider.value(), () -> find(PROFILE.PROVIDER_ID.eq(provider.value())));
    }

    @Override
    public Option<Profile> findBySlug(Slug slug) {
        return find(PROFILE.SLUG.eq(slug.value()));
    }

    private Option<Profile> find(Condition condition) {
        return Option.ofOptional(transactions.dsl().selectFrom(PROFILE).where(condition).fetchOptional())
                .map(JooqProfileRepository::toProfile);
    }

    @Override
    public Either<Rejection, Profile> save(Profile profile) {
        DSLContext dsl = transactions.dsl();
        dsl.fetch("SELECT pg_advisory_xact_lock(?, hashtext(?))", SLUG_LOCKS, profile.slug().value());
        boolean taken = dsl.fetchExists(dsl.selectOne().from(PROFILE)
                .where(PROFILE.SLUG.eq(profile.slug().value()).and(PROFILE.PROVIDER_ID.ne(profile.provider().value()))));
        if (taken) {
            return Rejection.of(Rejection.Reason.SLUG_TAKEN).asLeft();
        }
        ProfileRecord row = toRecord(profile);
        dsl.insertInto(PROFILE).set(row).onConflict(PROFILE.PROVIDER_ID).doUpdate().set(row).execute();
        transactions.wrote(ReadCache.Region.PROFILE, profile.provider().value());
        return Either.right(profile);
    }

    private static ProfileRecord toRecord(Profile profile) {
        Contacts contacts = profile.contacts();
        Design design = profile.design();
        ProfileRecord row = new ProfileRecord(
                profile.provider().value(),
                profile.slug().value(),
                profile.about(),
                profile.experience(),
                profile.education(),
                profile.photo().map(FileId::value).getOrNull(),
                profile.gallery().map(FileId::value).toJavaArray(UUID[]::new),
                contacts.website().map(WebLink::url).getOrNull(),
                contacts.email().getOrNull(),
                contacts.phone().getOrNull(),
                contacts.address().getOrNull(),
                contacts.socials().map(WebLink::url).toJavaArray(String[]::new),
                design.theme().name(),
                design.accent().hex(),
                design.sections().map(Section::name).toJavaArray(String[]::new),
                profile.published(),
                contacts.paymentLink().map(WebLink::url).getOrNull());
        return row;
    }

    private static Profile toProfile(ProfileRecord row) {
        Contacts contacts = new Contacts(
                Option.of(row.getWebsite()).map(WebLink::new),
                Option.of(row.getEmail()),
                Option.of(row.getPhone()),
                Option.of(row.getAddress()),
                List.of(row.getSocials()).map(WebLink::new),
                Option.of(row.getPaymentLink()).map(WebLink::new));
        Design design = new Design(Theme.valueOf(row.getTheme()), new AccentColour(row.getAccent()),
                List.of(row.getSections()).map(Section::valueOf));
        return new Profile(
                new AccountId(row.getProviderId()),
                new Slug(row.getSlug()),
                row.getAbout(),
                row.getExperience(),
                row.getEducation(),
                Option.of(row.getPhotoFileId()).map(FileId::new),
                List.of(row.getGallery()).map(FileId::new),
                contacts,
                design,
                row.getPublished());
    }
}
