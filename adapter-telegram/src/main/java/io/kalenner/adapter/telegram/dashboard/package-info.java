/**
 * The provider's dashboard ({@code Кабинет}): requests, client appointments and payments,
 * services, working hours, clients, an organization's specialists, and the invitations; the
 * questions it asks are answered by typing and kept as conversation states.
 */
package io.kalenner.adapter.telegram.dashboard;
