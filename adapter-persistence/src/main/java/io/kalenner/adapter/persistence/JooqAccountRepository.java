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

final class JooqAccountRepository implements AccountRepository {

    private final JooqTransactions transactions;

    JooqAccountRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Option<Account> findById(AccountId id) {
        return Option.ofOptional(transactions.dsl().selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id.value())).fetchOptional())
                .map(JooqAccountRepository::toAccount);
    }

    @Override
    public Option<Account> findByTelegramUser(TelegramUserId user) {
        return Option.ofOptional(transactions.dsl().selectFrom(ACCOUNT).where(ACCOUNT.TELEGRAM_USER_ID.eq(user.value())).fetchOptional())
                .map(JooqAccountRepository::toAccount);
    }

    @Override
    public void save(Account account) {
        AccountRecord row = toRecord(account);
        // a second account for the same Telegram user breaks the unique key and throws
        transactions.dsl().insertInto(ACCOUNT).set(row)
                .onConflict(ACCOUNT.ID).doUpdate().set(row)
                .execute();
    }

    @Override
    public void addProvider(AccountId client, AccountId provider) {
        transactions.dsl().insertInto(CLIENT_PROVIDER, CLIENT_PROVIDER.CLIENT_ID, CLIENT_PROVIDER.PROVIDER_ID)
                .values(client.value(), provider.value())
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public List<Account> providersOf(AccountId client) {
        return List.ofAll(transactions.dsl().select(ACCOUNT.fields()).from(CLIENT_PROVIDER)
                        .join(ACCOUNT).on(ACCOUNT.ID.eq(CLIENT_PROVIDER.PROVIDER_ID))
                        .where(CLIENT_PROVIDER.CLIENT_ID.eq(client.value()))
                        .orderBy(CLIENT_PROVIDER.POSITION)
                        .fetchInto(ACCOUNT))
                .map(JooqAccountRepository::toAccount);
    }

    @Override
    public boolean hasProvider(AccountId client, AccountId provider) {
        return transactions.dsl().fetchExists(CLIENT_PROVIDER,
                CLIENT_PROVIDER.CLIENT_ID.eq(client.value()).and(CLIENT_PROVIDER.PROVIDER_ID.eq(provider.value())));
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
    }

    @Override
    public void removeMember(AccountId organization, AccountId specialist) {
        transactions.dsl().deleteFrom(ORGANIZATION_MEMBER)
                .where(ORGANIZATION_MEMBER.ORGANIZATION_ID.eq(organization.value()).and(ORGANIZATION_MEMBER.SPECIALIST_ID.eq(specialist.value())))
                .execute();
    }

    @Override
    public List<Account> membersOf(AccountId organization) {
        return List.ofAll(transactions.dsl().select(ACCOUNT.fields()).from(ORGANIZATION_MEMBER)
                        .join(ACCOUNT).on(ACCOUNT.ID.eq(ORGANIZATION_MEMBER.SPECIALIST_ID))
                        .where(ORGANIZATION_MEMBER.ORGANIZATION_ID.eq(organization.value()))
                        .orderBy(ORGANIZATION_MEMBER.POSITION)
                        .fetchInto(ACCOUNT))
                .map(JooqAccountRepository::toAccount);
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
