/**
 * Appointments and their status machine: who may move an appointment where, before or after its
 * start. Each move returns the new appointment or a rejection that says why.
 */
package io.kalenner.domain.appointment;
