package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.INVITATION;

import io.kalenner.adapter.persistence.jooq.InvitationRecord;
import io.kalenner.application.port.InvitationRepository;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.invitation.InvitationCode;
import io.vavr.control.Option;

final class JooqInvitationRepository implements InvitationRepository {

    private final JooqTransactions transactions;

    JooqInvitationRepository(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Option<Invitation> findByCode(InvitationCode code) {
        return Option.ofOptional(transactions.dsl().selectFrom(INVITATION).where(INVITATION.CODE.eq(code.value())).fetchOptional())
                .map(JooqInvitationRepository::toInvitation);
    }

    @Override
    public Option<Invitation> findOf(AccountId provider, Invitation.Kind kind) {
        return Option.ofOptional(transactions.dsl().selectFrom(INVITATION)
                        .where(INVITATION.PROVIDER_ID.eq(provider.value()).and(INVITATION.KIND.eq(kind.name())))
                        .limit(1)
                        .fetchOptional())
                .map(JooqInvitationRepository::toInvitation);
    }

    @Override
    public void save(Invitation invitation) {
        InvitationRecord row = new InvitationRecord(invitation.code().value(), invitation.provider().value(), invitation.kind().name());
        transactions.dsl().insertInto(INVITATION).set(row).onConflict(INVITATION.CODE).doUpdate().set(row).execute();
    }

    private static Invitation toInvitation(InvitationRecord row) {
        return new Invitation(new InvitationCode(row.getCode()), new AccountId(row.getProviderId()), Invitation.Kind.valueOf(row.getKind()));
    }
}
