package io.kalenner.application.reminder;

/**
 * Queues every reminder owed now: for each Accepted appointment, when the moment of one of its
 * provider's leads has come ({@code ReminderLeads.dueAt}), a notification to its client and one to
 * its specialist, each appointment's reminder at each lead at most once, also when several
 * processes run this at the same time. Nobody acts here: whoever drives the core runs it every
 * little while (the bot does, every 30 seconds).
 */
public interface SendDueReminders {

    /** How many appointments were reminded of. */
    int sendDue();
}
