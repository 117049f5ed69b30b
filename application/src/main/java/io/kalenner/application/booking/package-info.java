/**
 * Booking: a provider's services (added, edited, archived) and schedule, its clients and, for an
 * organization, the member specialists who perform its services; free slots, and an
 * appointment's life from the client's request to the provider's answer, with the lists both
 * sides look at.
 */
package io.kalenner.application.booking;
