package io.kalenner.application.inmemory;

import io.kalenner.application.port.Reminders;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.appointment.ReminderLeads;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import java.time.Duration;

public final class InMemoryReminders implements Reminders {

    private final InMemoryTable<AccountId, ReminderLeads> leads;
    private final InMemoryTable<Tuple2<AppointmentId, Duration>, Boolean> sent;
    private final InMemoryTable<AccountId, Boolean> uploadNotices;

    public InMemoryReminders(InMemoryTransactions transactions) {
        this.leads = new InMemoryTable<>(transactions);
        this.sent = new InMemoryTable<>(transactions);
        this.uploadNotices = new InMemoryTable<>(transactions);
    }

    @Override
    public ReminderLeads leadsOf(AccountId provider) {
        return leads.get(provider).getOrElse(ReminderLeads.DEFAULT);
    }

    @Override
    public void setLeads(AccountId provider, ReminderLeads newLeads) {
        leads.atomically(() -> {
            leads.put(provider, newLeads);
            return null;
        });
    }

    @Override
    public boolean markSent(AppointmentId appointment, Duration lead) {
        Tuple2<AppointmentId, Duration> key = Tuple.of(appointment, lead);
        return sent.atomically(() -> {
            if (sent.get(key).isDefined()) {
                return false;
            }
            sent.put(key, true);
            return true;
        });
    }

    @Override
    public boolean uploadNoticeOf(AccountId provider) {
        return uploadNotices.get(provider).getOrElse(false);
    }

    @Override
    public void setUploadNotice(AccountId provider, boolean on) {
        uploadNotices.put(provider, on);
    }
}
