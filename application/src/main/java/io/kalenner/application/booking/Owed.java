package io.kalenner.application.booking;

import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.money.Totals;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/** What a client owes a practice (D74), shared by the provider side's cards and the client's own total. */
final class Owed {

    private Owed() {}

    /** The appointments' owed amounts and the package purchases' balances, one sum per currency. */
    static List<Money> sum(Seq<Appointment> appointments, Seq<Money> packageBalances) {
        return Totals.byCurrency(appointments.map(Appointment::owed).appendAll(packageBalances));
    }
}
