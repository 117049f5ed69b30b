package io.kalenner.sandbox.botapi;

/** A Telegram user the sandbox plays; their private chat with the bot has the same id. */
record SimulatedUser(long id, String firstName, String languageCode) {
}
