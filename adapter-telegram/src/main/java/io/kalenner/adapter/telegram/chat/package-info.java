/**
 * What every flow of the bot talks through: the conversation at hand, screens and keyboards,
 * callback data, rejection texts, and the one way out to the Bot API.
 */
package io.kalenner.adapter.telegram.chat;
