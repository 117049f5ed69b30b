package io.kalenner.application.inmemory;

import io.kalenner.application.port.AppointmentHistory;
import io.kalenner.domain.appointment.AppointmentEvent;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.collection.List;
import java.util.concurrent.atomic.AtomicLong;

public final class InMemoryAppointmentHistory implements AppointmentHistory {

    private final InMemoryTable<Long, AppointmentEvent> events;
    private final InMemoryTable<Long, AppointmentEvent>.Index<AppointmentId> byAppointment;
    private final AtomicLong sequence = new AtomicLong();

    public InMemoryAppointmentHistory(InMemoryTransactions transactions) {
        this.events = new InMemoryTable<>(transactions);
        this.byAppointment = events.indexBy(AppointmentEvent::appointment);
    }

    @Override
    public void add(AppointmentEvent event) {
        events.put(sequence.incrementAndGet(), event);
    }

    @Override
    public List<AppointmentEvent> of(AppointmentId appointment) {
        // rows keep their insertion order; a stable sort by time keeps it within one instant
        return byAppointment.where(appointment).sortBy(AppointmentEvent::at);
    }
}
