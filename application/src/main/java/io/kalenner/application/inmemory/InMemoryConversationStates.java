package io.kalenner.application.inmemory;

import io.kalenner.application.port.ConversationStates;
import io.vavr.control.Option;

public final class InMemoryConversationStates implements ConversationStates {

    private final InMemoryTable<Long, State> states;

    public InMemoryConversationStates(InMemoryTransactions transactions) {
        this.states = new InMemoryTable<>(transactions);
    }

    @Override
    public Option<State> of(long chatId) {
        return states.get(chatId);
    }

    @Override
    public void save(long chatId, State state) {
        states.put(chatId, state);
    }

    @Override
    public void clear(long chatId) {
        states.remove(chatId);
    }
}
