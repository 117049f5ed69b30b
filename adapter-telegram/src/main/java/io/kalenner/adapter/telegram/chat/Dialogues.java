package io.kalenner.adapter.telegram.chat;

import io.kalenner.application.port.ConversationStates;
import io.kalenner.application.port.ConversationStates.State;
import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;

/**
 * The question a chat waits to have answered by a typed message (a reason, an amount, a service's
 * name), kept in {@link ConversationStates} so a restart resumes it. A question left unanswered
 * for a day is forgotten: the next message is read as if none waited.
 */
public final class Dialogues {

    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    private final ConversationStates states;
    private final Clock clock;

    public Dialogues(ConversationStates states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    /** The chat now waits for an answer to {@code step}; whatever it waited for before is dropped. */
    public void await(long chatId, String step, String payload) {
        states.save(chatId, new State(step, payload, clock.instant()));
    }

    /** What the chat waits for, unless it waited too long. */
    public Option<State> waiting(long chatId) {
        Option<State> state = states.of(chatId);
        if (state.exists(s -> s.since().plus(FORGOTTEN_AFTER).isBefore(clock.instant()))) {
            states.clear(chatId);
            return Option.none();
        }
        return state;
    }

    public void clear(long chatId) {
        states.clear(chatId);
    }
}
