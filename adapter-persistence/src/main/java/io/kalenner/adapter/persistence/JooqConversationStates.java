package io.kalenner.adapter.persistence;

import static io.kalenner.adapter.persistence.jooq.Tables.CONVERSATION_STATE;

import io.kalenner.adapter.persistence.jooq.ConversationStateRecord;
import io.kalenner.application.port.ConversationStates;
import io.vavr.control.Option;

final class JooqConversationStates implements ConversationStates {

    private final JooqTransactions transactions;

    JooqConversationStates(JooqTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Option<State> of(long chatId) {
        return transactions.cached(ReadCache.Region.CONVERSATION, chatId, () ->
                Option.ofOptional(transactions.dsl().selectFrom(CONVERSATION_STATE).where(CONVERSATION_STATE.CHAT_ID.eq(chatId)).fetchOptional())
                        .map(row -> new State(row.getStep(), row.getPayload(), row.getSince())));
    }

    @Override
    public void save(long chatId, State state) {
        ConversationStateRecord row = new ConversationStateRecord(chatId, state.step(), state.payload(), state.since());
        transactions.dsl().insertInto(CONVERSATION_STATE).set(row).onConflict(CONVERSATION_STATE.CHAT_ID).doUpdate().set(row).execute();
        transactions.wrote(ReadCache.Region.CONVERSATION, chatId);
    }

    @Override
    public void clear(long chatId) {
        // most updates end a dialogue that was never begun: a chat known to be in none costs no statement
        if (of(chatId).isEmpty()) {
            return;
        }
        transactions.dsl().deleteFrom(CONVERSATION_STATE).where(CONVERSATION_STATE.CHAT_ID.eq(chatId)).execute();
        transactions.wrote(ReadCache.Region.CONVERSATION, chatId);
    }
}
