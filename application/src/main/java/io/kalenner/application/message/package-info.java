/**
 * Relayed messages: what one account writes to another through the bot (a chat between a client
 * and its provider, a support question and its answer), kept and delivered by their own outbox.
 */
package io.kalenner.application.message;
