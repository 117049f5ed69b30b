package io.kalenner.sandbox.botapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The changes on the users' screens, handed to every open page as server-sent events. Each page
 * has its own queue: a chat only drops its change into the queues and goes on, and a page that
 * stopped reading loses its subscription instead of holding the bot up.
 */
final class PageEvents implements ChatListener {

    /** A page that has not read this many events is gone; it reloads everything when it reconnects. */
    private static final int QUEUE_LIMIT = 10_000;

    /** One server-sent event: its name and its JSON data; {@link #END} ends the stream. */
    record Event(String name, JsonNode data) {
        static final Event END = new Event("", TelegramJson.object());
    }

    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** The events from now on; subscribe before reading the state, so nothing falls between the two. */
    Subscription subscribe() {
        Subscription subscription = new Subscription();
        subscriptions.add(subscription);
        if (closed) {
            subscription.end();
        }
        return subscription;
    }

    /** Ends every stream, so no server thread waits on one after the server stopped. */
    void close() {
        closed = true;
        subscriptions.forEach(Subscription::end);
    }

    @Override
    public void userAdded(PrivateChat chat) {
        publish("user", chat::pageView);
    }

    @Override
    public void messageChanged(SimulatedUser user, StoredMessage message) {
        publish("message", () -> PageJson.messageChanged(user, message));
    }

    @Override
    public void replyKeyboardChanged(SimulatedUser user, List<List<String>> keyboard) {
        publish("keyboard", () -> PageJson.replyKeyboardChanged(user, keyboard));
    }

    @Override
    public void callbackAnswered(SimulatedUser user, CallbackAnswer answer) {
        publish("answer", () -> PageJson.callbackAnswered(user, answer));
    }

    /** The program's time moved: every page shows the new time. */
    void clockMoved(Supplier<? extends JsonNode> clock) {
        publish("clock", clock);
    }

    /** A realism switch changed: every page shows the switches as they are now. */
    void realismChanged(Supplier<? extends JsonNode> realism) {
        publish("realism", realism);
    }

    /** Builds the data only when a page listens: tests without a page pay nothing. */
    private void publish(String name, Supplier<? extends JsonNode> data) {
        if (subscriptions.isEmpty()) {
            return;
        }
        Event event = new Event(name, data.get());
        subscriptions.forEach(subscription -> subscription.offer(event));
    }

    final class Subscription implements AutoCloseable {

        private final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();

        /** The next event, or empty when none came within {@code wait}. */
        Optional<Event> next(Duration wait) throws InterruptedException {
            return Optional.ofNullable(queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS));
        }

        private void offer(Event event) {
            if (queue.size() >= QUEUE_LIMIT) {
                end();
                return;
            }
            queue.add(event);
        }

        private void end() {
            subscriptions.remove(this);
            queue.add(Event.END);
        }

        @Override
        public void close() {
            subscriptions.remove(this);
        }
    }
}
