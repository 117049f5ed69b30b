package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.port.ConversationStates.State;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link ConversationStates} promises. */
public abstract class ConversationStatesContract extends PortContract {

    private static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");

    private ConversationStates states() {
        return under().conversations();
    }

    private static long freshChat() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    @Test
    void aChatWithoutAStateHasNone() {
        assertThat(states().of(freshChat())).isEmpty();
    }

    @Test
    void keepsEveryPartOfAState() {
        // given
        long chat = freshChat();
        State state = new State("reject-reason", "appointment=42; «по-русски» ✓\nline two", NOW);

        // when
        seed().write(() -> states().save(chat, state));

        // then
        assertThat(states().of(chat)).containsExactly(state);
    }

    @Test
    void savingAgainReplacesTheState() {
        // given
        long chat = freshChat();
        seed().write(() -> states().save(chat, new State("support", "", NOW)));

        // when
        State next = new State("reject-reason", "x", NOW.plusSeconds(60));
        seed().write(() -> states().save(chat, next));

        // then
        assertThat(states().of(chat)).containsExactly(next);
    }

    @Test
    void clearForgetsTheStateOfThatChatOnly() {
        // given
        long chat = freshChat();
        long other = freshChat();
        State kept = new State("support", "", NOW);
        seed().write(() -> {
            states().save(chat, new State("support", "", NOW));
            states().save(other, kept);
        });

        // when
        seed().write(() -> {
            states().clear(chat);
            states().clear(freshChat()); // a chat without state
        });

        // then
        assertThat(states().of(chat)).isEmpty();
        assertThat(states().of(other)).containsExactly(kept);
    }

    @Test
    void aStateSavedInARefusedTransactionIsNotKept() {
        // given
        long chat = freshChat();

        // when
        under().transactions().inTransaction(() -> {
            states().save(chat, new State("support", "", NOW));
            return Rejection.of(Reason.INVALID_INPUT).asLeft();
        });

        // then
        assertThat(states().of(chat)).isEmpty();
    }
}
