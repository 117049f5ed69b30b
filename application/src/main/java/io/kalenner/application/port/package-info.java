/**
 * Outbound ports: what the use cases need from the world (storage, the outbox, transactions,
 * ids). Each interface states the promise its implementations keep.
 */
package io.kalenner.application.port;
