/**
 * Relayed messages in the bot: chat mode between a client and a provider, support questions and
 * the operators' answers, and the deliverer that sends what the message outbox holds.
 */
package io.kalenner.adapter.telegram.relay;
