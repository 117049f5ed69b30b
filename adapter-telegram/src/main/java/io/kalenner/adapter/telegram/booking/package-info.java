/**
 * Booking in the chat: the client's request (provider → service → date → time → confirm), the
 * list of their appointments, and the provider's answer to a request.
 */
package io.kalenner.adapter.telegram.booking;
