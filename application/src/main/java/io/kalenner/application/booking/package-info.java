/**
 * Booking: a provider's services and schedule, free slots, and an appointment's life from the
 * client's request to the provider's answer.
 */
package io.kalenner.application.booking;
