/**
 * Relays: a chat between a client and its provider, and support questions to the operators with
 * their answers. Each message is kept and handed to the message outbox for delivery.
 */
package io.kalenner.application.relay;
