/** Reminders before Accepted appointments: each provider's leads, and the reminders owed now. */
package io.kalenner.application.reminder;
