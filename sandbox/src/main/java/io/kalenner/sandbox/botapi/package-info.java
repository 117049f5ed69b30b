/**
 * A local stand-in for the Telegram Bot API: an HTTP server that answers the calls a bot makes,
 * checks each one against the Bot API 10.1 spec and Telegram's limits, and plays simulated users
 * in private chats. It is the base of every bot test.
 */
package io.kalenner.sandbox.botapi;
