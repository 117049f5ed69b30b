/**
 * A provider's schedule (weekly working hours in the provider's own time setting, buffer,
 * minimum notice, horizon, slot step, and its exceptions: holidays, vacations, absences, date
 * overrides) and the computation of free slots from it.
 */
package io.kalenner.domain.schedule;
