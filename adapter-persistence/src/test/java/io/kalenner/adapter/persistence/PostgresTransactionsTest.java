package io.kalenner.adapter.persistence;

import io.kalenner.application.port.TransactionsContract;
import io.kalenner.application.port.Ports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.application.notification.Notification;
import io.kalenner.application.World;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.vavr.control.Either;
import java.time.Duration;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestDatabase.class)
class PostgresTransactionsTest extends TransactionsContract {

    @Override
    protected Ports ports() {
        return TestDatabase.ports();
    }

    @Override
    protected void reset() {
        TestDatabase.truncateAll();
    }

    @Test
    void anAppendRefusedAtTheCommitUndoesTheWholeTransaction() {
        // given a requested appointment, announced in the outbox
        World world = TestDatabase.emptyWorld();
        Account specialist = world.specialist("Zoe");
        Account client = world.clientOf(specialist, "Anna");
        Appointment appointment = world.requested(client, world.service(specialist, "Yoga", Duration.ofHours(1)), World.TUESDAY_10);
        Notification notice = world.waitingNotifications().single();
        Ports ports = world.ports;

        // when a transaction adds the same notification again (the row waits for the commit) beside another write
        assertThatThrownBy(() -> ports.transactions().inTransaction(() -> {
            ports.accounts().save(client.withDisplayName("Renamed"));
            ports.outbox().add(notice);
            return Either.right("done");
        })).isInstanceOf(DataAccessException.class);

        // then nothing of it stays, and the pool's connection serves the next transaction
        assertThat(ports.accounts().findById(client.id()).map(Account::displayName)).containsExactly("Anna");
        assertThat(world.waitingNotifications()).containsExactly(notice);
        assertThat(ports.transactions().inTransaction(() -> {
            ports.accounts().save(client.withDisplayName("Later"));
            return Either.right(appointment.id());
        })).isEqualTo(Either.right(appointment.id()));
        assertThat(ports.accounts().findById(client.id()).map(Account::displayName)).containsExactly("Later");
    }
}
