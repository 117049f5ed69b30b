package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.ACCOUNT;
import static io.kalenner.adapter.persistence.jooq.Tables.CLIENT_PROVIDER;
import static io.kalenner.adapter.persistence.jooq.Tables.ORGANIZATION_MEMBER;

import io.kalenner.adapter.persistence.jooq.AccountRecord;
import io.kalenner.application.port.AccountRepository;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.kalenner.domain.time.TimeSetting;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.Record1;
import org.jooq.ResultQuery;

final class JooqAccountRepository implements AccountRepository {

    private final JooqTransactions transactions;

    JooqAccountRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Option<Account> findById(AccountId id) {
        return transactions.cached(ReadCache.Region.ACCOUNT, id.value(), () ->
                Option.ofOptional(transactions.dsl().selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id.value())).fetchOptional())
                        .map(JooqAccountRepository::toAccount));
    }

    @Override
    public Option<Account> findByTelegramUser(TelegramUserId user) {
        return transactions.<Option<AccountId>>cached(ReadCache.Region.ACCOUNT_OF_TELEGRAM_USER, user.value(), () ->
                        Option.ofOptional(transactions.dsl().select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.TELEGRAM_USER_ID.eq(user.value()))
                                .fetchOptional(ACCOUNT.ID)).map(AccountId::new))
                .flatMap(this::findById);
    }

    @Override
    public void save(Account account) {
        AccountRecord row = toRecord(account);
        // a second account for the same Telegram user breaks the unique key and throws
        transactions.dsl().insertInto(ACCOUNT).set(row)
                .onConflict(ACCOUNT.ID).doUpdate().set(row)
                .execute();
        transactions.wrote(ReadCache.Region.ACCOUNT, account.id().value());
    }

    @Override
    public void addProvider(AccountId client, AccountId provider) {
        transactions.dsl().insertInto(CLIENT_PROVIDER, CLIENT_PROVIDER.CLIENT_ID, CLIENT_PROVIDER.PROVIDER_ID)
                .values(client.value(), provider.value())
                .onConflictDoNothing()
                .execute();
        transactions.wrote(ReadCache.Region.CLIENT_PROVIDER, ReadCache.key(client.value(), provider.value()));
        transactions.wrote(ReadCache.Region.PROVIDERS_OF, client.value());
    }

    @Override
    public List<Account> providersOf(AccountId client) {
        return accounts(ReadCache.Region.PROVIDERS_OF, client, () -> transactions.dsl().select(CLIENT_PROVIDER.PROVIDER_ID).from(CLIENT_PROVIDER)
                .where(CLIENT_PROVIDER.CLIENT_ID.eq(client.value()))
                .orderBy(CLIENT_PROVIDER.POSITION));
    }

    @Override
    public boolean hasProvider(AccountId client, AccountId provider) {
        return transactions.cached(ReadCache.Region.CLIENT_PROVIDER, ReadCache.key(client.value(), provider.value()), () ->
                transactions.dsl().fetchExists(CLIENT_PROVIDER,
                        CLIENT_PROVIDER.CLIENT_ID.eq(client.value()).and(CLIENT_PROVIDER.PROVIDER_ID.eq(provider.value()))));
    }

    @Override
    public List<Account> clientsOf(AccountId provider) {
        // "C" orders by code point, as Java's String order does, whatever the database's locale
        return List.ofAll(transactions.dsl().select(ACCOUNT.fields()).from(CLIENT_PROVIDER)
                        .join(ACCOUNT).on(ACCOUNT.ID.eq(CLIENT_PROVIDER.CLIENT_ID))
                        .where(CLIENT_PROVIDER.PROVIDER_ID.eq(provider.value()))
                        .orderBy(ACCOUNT.DISPLAY_NAME.collate("C"), CLIENT_PROVIDER.POSITION)
                        .fetchInto(ACCOUNT))
                .map(JooqAccountRepository::toAccount);
    }

    @Override
    public void addMember(AccountId organization, AccountId specialist) {
        transactions.dsl().insertInto(ORGANIZATION_MEMBER, ORGANIZATION_MEMBER.ORGANIZATION_ID, ORGANIZATION_MEMBER.SPECIALIST_ID)
                .values(organization.value(), specialist.value())
                .onConflictDoNothing()
                .execute();
        transactions.wrote(ReadCache.Region.MEMBERS_OF, organization.value());
    }

    @Override
    public void removeMember(AccountId organization, AccountId specialist) {
        transactions.dsl().deleteFrom(ORGANIZATION_MEMBER)
                .where(ORGANIZATION_MEMBER.ORGANIZATION_ID.eq(organization.value()).and(ORGANIZATION_MEMBER.SPECIALIST_ID.eq(specialist.value())))
                .execute();
        transactions.wrote(ReadCache.Region.MEMBERS_OF, organization.value());
    }

    @Override
    public List<Account> membersOf(AccountId organization) {
        return accounts(ReadCache.Region.MEMBERS_OF, organization, () -> transactions.dsl().select(ORGANIZATION_MEMBER.SPECIALIST_ID)
                .from(ORGANIZATION_MEMBER)
                .where(ORGANIZATION_MEMBER.ORGANIZATION_ID.eq(organization.value()))
                .orderBy(ORGANIZATION_MEMBER.POSITION));
    }

    @Override
    public List<Account> organizationsOf(AccountId specialist) {
        return List.ofAll(transactions.dsl().select(ACCOUNT.fields()).from(ORGANIZATION_MEMBER)
                        .join(ACCOUNT).on(ACCOUNT.ID.eq(ORGANIZATION_MEMBER.ORGANIZATION_ID))
                        .where(ORGANIZATION_MEMBER.SPECIALIST_ID.eq(specialist.value()))
                        .orderBy(ORGANIZATION_MEMBER.POSITION)
                        .fetchInto(ACCOUNT))
                .map(JooqAccountRepository::toAccount);
    }

    @Override
    public boolean isMember(AccountId organization, AccountId specialist) {
        return transactions.dsl().fetchExists(ORGANIZATION_MEMBER,
                ORGANIZATION_MEMBER.ORGANIZATION_ID.eq(organization.value()).and(ORGANIZATION_MEMBER.SPECIALIST_ID.eq(specialist.value())));
    }

    /** The accounts of a list of ids that the region keeps for their owner; each account is read as {@link #findById} reads it. */
    private List<Account> accounts(ReadCache.Region region, AccountId owner, Supplier<ResultQuery<Record1<UUID>>> ids) {
        return transactions.cached(region, owner.value(), () -> List.ofAll(ids.get().fetch(Record1::value1)))
                .flatMap(id -> findById(new AccountId(id)));
    }

    private static AccountRecord toRecord(Account account) {
        return new AccountRecord(
                account.id().value(),
                account.telegramUser().value(),
                account.displayName(),
                account.language().name(),
                account.timeSetting().code(),
                account.providerKind().map(Enum::name).getOrNull());
    }

    private static Account toAccount(AccountRecord row) {
        return new Account(
                new AccountId(row.getId()),
                new TelegramUserId(row.getTelegramUserId()),
                row.getDisplayName(),
                Language.valueOf(row.getLanguage()),
                TimeSetting.fromCode(row.getTimeSetting()),
                Option.of(row.getProviderKind()).map(ProviderKind::valueOf));
    }
}
