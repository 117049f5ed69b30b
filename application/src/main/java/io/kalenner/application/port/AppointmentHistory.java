package io.kalenner.application.port;

import io.kalenner.domain.appointment.AppointmentEvent;
import io.kalenner.domain.appointment.AppointmentId;
import io.vavr.collection.List;

/** Every appointment's history: kept for good, never changed. {@link #add} joins the caller's transaction. */
public interface AppointmentHistory {

    void add(AppointmentEvent event);

    /** The appointment's entries, oldest first (entries of one instant in the order they were added). */
    List<AppointmentEvent> of(AppointmentId appointment);
}
