package io.kalenner.application.booking;

import io.kalenner.application.access.Access;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.port.Ports;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentId;
import io.kalenner.domain.money.Money;
import io.vavr.control.Either;

public final class RecordPaymentService implements RecordPayment {

    private final Access access;
    private final AppointmentChanges changes;

    public RecordPaymentService(Ports ports, Access access) {
        this.access = access;
        this.changes = new AppointmentChanges(ports);
    }

    @Override
    public Either<Rejection, Appointment> record(AccountId actor, AppointmentId appointment, Money amount) {
        return changes.change(actor, appointment, access::asProvider,
                a -> amount.minorUnits() > 0 && amount.currency().equals(a.price().currency())
                        ? Either.right(a.recordPayment(amount))
                        : Rejection.of(Reason.INVALID_INPUT, "amount").asLeft(),
                Notification.Kind.PAYMENT_RECORDED);
    }
}
