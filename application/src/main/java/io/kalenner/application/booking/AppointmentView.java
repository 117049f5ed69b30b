package io.kalenner.application.booking;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.service.Service;

/** An appointment with the names a person needs to recognise it. */
public record AppointmentView(Appointment appointment, Service service, Account provider, Account specialist, Account client) {}
