package io.kalenner.application.port;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What each chat is in the middle of: the step of a dialogue that waits for the user's next
 * message (a typed reason, a support question), kept so that a restart resumes the dialogue.
 */
public interface ConversationStates {

    Option<State> of(long chatId);

    /** Replaces the chat's state. */
    void save(long chatId, State state);

    /** The chat waits for nothing any more; clearing a chat without state changes nothing. */
    void clear(long chatId);

    /**
     * One dialogue step.
     *
     * @param step    which dialogue and where in it, named by the adapter that runs it
     * @param payload what the step remembers so far, in the adapter's own encoding
     * @param since   when the step began, so a stale one can be dropped
     */
    record State(String step, String payload, Instant since) {
        public State {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(since, "since");
            if (step.isBlank()) {
                throw new IllegalArgumentException("a step has a name");
            }
        }
    }
}
