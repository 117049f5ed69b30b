package io.kalenner.sandbox.botapi;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Every simulated user's private chat with the bot, by chat id (which is the user's id). */
final class Chats {

    /** Far from the small numbers tests use for other ids, so a mixed-up id is a "chat not found". */
    private static final long FIRST_USER_ID = 700_000_001L;

    private final AtomicLong nextUserId = new AtomicLong(FIRST_USER_ID);
    private final Map<Long, PrivateChat> byId = new ConcurrentHashMap<>();
    private final BotIdentity bot;
    private final UpdateQueue updates;
    private final Clock clock;

    Chats(BotIdentity bot, UpdateQueue updates, Clock clock) {
        this.bot = bot;
        this.updates = updates;
        this.clock = clock;
    }

    PrivateChat open(String firstName, String languageCode) {
        SimulatedUser user = new SimulatedUser(nextUserId.getAndIncrement(), firstName, languageCode);
        PrivateChat chat = new PrivateChat(user, bot, updates, clock);
        byId.put(user.id(), chat);
        return chat;
    }

    Optional<PrivateChat> find(long chatId) {
        return Optional.ofNullable(byId.get(chatId));
    }

    /** Answers a callback query in whichever chat sent it; false when none has it open. */
    boolean answer(String queryId, CallbackAnswer answer) {
        return byId.values().stream().anyMatch(chat -> chat.answer(queryId, answer));
    }
}
