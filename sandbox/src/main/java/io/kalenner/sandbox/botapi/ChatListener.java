package io.kalenner.sandbox.botapi;

import java.util.List;

/**
 * Told of every change on the users' screens, for the sandbox page. Called while the chat is
 * locked, so a listener must only hand the change on, never wait.
 */
interface ChatListener {

    ChatListener NONE = new ChatListener() {
    };

    default void userAdded(PrivateChat chat) {
    }

    /** A message appeared, was edited or was deleted. */
    default void messageChanged(SimulatedUser user, StoredMessage message) {
    }

    default void replyKeyboardChanged(SimulatedUser user, List<List<String>> keyboard) {
    }

    default void callbackAnswered(SimulatedUser user, CallbackAnswer answer) {
    }
}
