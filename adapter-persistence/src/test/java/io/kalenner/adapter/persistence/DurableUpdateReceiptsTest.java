package io.kalenner.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.inmemory.RandomIdGenerator;
import io.kalenner.application.port.Ports;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the program's durable server, receipts alone commit without waiting for the disk (D64), and
 * that relaxation never reaches another transaction: not the next one on the same pooled
 * connection, not a use case's transaction a receipt joins.
 */
class DurableUpdateReceiptsTest {

    private static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");
    private static final int POOL_SIZE = 10;

    @TempDir
    static Path dataDirectory;
    private static PostgresPersistence durable;
    private static Ports ports;

    @BeforeAll
    static void start() {
        durable = PostgresPersistence.embedded(dataDirectory);
        ports = durable.ports(new RandomIdGenerator(), TestDatabase.CLOCK);
    }

    @AfterAll
    static void stop() {
        durable.close();
    }

    @Test
    void receiptsRecordedOnTheirOwnLeaveEveryPooledConnectionDurable() throws SQLException {
        // given receipts recorded on their own, each batch in its own transaction on some pooled connection
        for (long id = 1; id <= 3 * POOL_SIZE; id++) {
            assertThat(ports.receipts().firstReceipts(List.of(id, -id), NOW)).hasSize(2);
        }

        // then every connection of the pool still commits durably
        java.util.List<Connection> borrowed = new ArrayList<>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                Connection connection = durable.dataSource().getConnection();
                borrowed.add(connection);
                assertThat(synchronousCommit(connection)).isEqualTo("on");
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
    }

    @Test
    void aReceiptInsideAUseCasesTransactionLeavesThatTransactionDurable() {
        // when a receipt joins a use case's transaction
        JooqTransactions transactions = (JooqTransactions) ports.transactions();
        Either<?, Object> setting = transactions.inTransaction(() -> {
            ports.receipts().firstReceipts(List.of(4242L), NOW);
            return Either.right(transactions.dsl().fetchValue("SHOW synchronous_commit"));
        });

        // then that transaction still waits for the disk
        assertThat(setting.get()).isEqualTo("on");
    }

    private static String synchronousCommit(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("SHOW synchronous_commit")) {
            result.next();
            return result.getString(1);
        }
    }
}
