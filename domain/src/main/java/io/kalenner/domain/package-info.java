/**
 * Kalenner's booking rules, free of frameworks and I/O: accounts and roles, time settings,
 * services, schedules and free slots, appointments and their moves, money. Refused moves are
 * {@link io.kalenner.domain.Rejection} values, never exceptions.
 */
package io.kalenner.domain;
