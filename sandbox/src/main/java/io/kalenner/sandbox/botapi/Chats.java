package io.kalenner.sandbox.botapi;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Every simulated user's private chat with the bot, by chat id (which is the user's id). */
final class Chats {

    /** Far from the small numbers tests use for other ids, so a mixed-up id is a "chat not found". */
    private static final long FIRST_USER_ID = 700_000_001L;
    /** Users known by name get ids from here on, apart from the numbered ones. */
    private static final long FIRST_NAMED_USER_ID = 800_000_000L;
    private static final int NAMED_USER_IDS = 100_000_000;

    private final AtomicLong nextUserId = new AtomicLong(FIRST_USER_ID);
    private final Map<Long, PrivateChat> byId = new ConcurrentHashMap<>();
    private final List<PrivateChat> inOrder = new CopyOnWriteArrayList<>();
    private final BotIdentity bot;
    private final UpdateQueue updates;
    private final Clock clock;
    private final ChatListener listener;
    private final boolean namedUsersStartedTheBot;

    Chats(BotIdentity bot, UpdateQueue updates, Clock clock) {
        this(bot, updates, clock, ChatListener.NONE, false);
    }

    /**
     * @param namedUsersStartedTheBot whether users known by name count as having written to the bot
     *     already, as they did in an earlier run of the same sandbox
     */
    Chats(BotIdentity bot, UpdateQueue updates, Clock clock, ChatListener listener, boolean namedUsersStartedTheBot) {
        this.bot = bot;
        this.updates = updates;
        this.clock = clock;
        this.listener = listener;
        this.namedUsersStartedTheBot = namedUsersStartedTheBot;
    }

    PrivateChat open(String firstName, String languageCode) {
        return add(new SimulatedUser(nextUserId.getAndIncrement(), firstName, languageCode), false);
    }

    /**
     * The user with this first name: the one of this run if there is one, else a new one whose id
     * follows from the name alone, so the same name gets the same id in every run.
     */
    synchronized PrivateChat openNamed(String firstName, String languageCode) {
        Optional<PrivateChat> known = inOrder.stream().filter(chat -> chat.user().firstName().equals(firstName)).findFirst();
        if (known.isPresent()) {
            return known.get();
        }
        // String.hashCode is fixed by the language specification, so it is the same in every run
        long id = FIRST_NAMED_USER_ID + Math.floorMod(firstName.hashCode(), NAMED_USER_IDS);
        while (byId.containsKey(id)) {
            id++;
        }
        return add(new SimulatedUser(id, firstName, languageCode), namedUsersStartedTheBot);
    }

    private PrivateChat add(SimulatedUser user, boolean startedTheBot) {
        PrivateChat chat = new PrivateChat(user, bot, updates, clock, listener, startedTheBot);
        byId.put(user.id(), chat);
        inOrder.add(chat);
        listener.userAdded(chat);
        return chat;
    }

    Optional<PrivateChat> find(long chatId) {
        return Optional.ofNullable(byId.get(chatId));
    }

    /** Every chat, in the order the users were made. */
    List<PrivateChat> all() {
        return List.copyOf(inOrder);
    }

    /** Answers a callback query in whichever chat sent it; false when none has it open. */
    boolean answer(String queryId, CallbackAnswer answer) {
        return byId.values().stream().anyMatch(chat -> chat.answer(queryId, answer));
    }
}
