/**
 * What the bot tells whoever watches it: updates handled, messages sent, Bot API errors. Only
 * kinds, codes and durations cross this line, never texts, names or tokens; the program turns them
 * into metrics.
 */
package io.kalenner.adapter.telegram.events;
