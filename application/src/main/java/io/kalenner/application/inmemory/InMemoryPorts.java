package io.kalenner.application.inmemory;

import io.kalenner.application.port.Ports;
import java.time.Clock;

/** Every port in memory: the whole booking core without I/O; download links are signed with a random key. */
public final class InMemoryPorts {

    private InMemoryPorts() {}

    public static Ports create(Clock clock) {
        InMemoryTransactions transactions = new InMemoryTransactions();
        return new Ports(
                new InMemoryAccountRepository(transactions),
                new InMemoryServiceRepository(transactions),
                new InMemoryScheduleRepository(transactions),
                new InMemoryAppointmentRepository(transactions),
                new InMemoryInvitationRepository(transactions),
                new InMemoryNotificationOutbox(transactions),
                new InMemoryUpdateReceipts(transactions),
                new InMemoryConversationStates(transactions),
                transactions,
                new RandomIdGenerator(),
                clock,
                new InMemoryDocumentStore(),
                HmacLinkSigner.withRandomKey(clock),
                new InMemoryTermsRepository(transactions),
                new InMemorySharedDocumentRepository(transactions),
                new InMemoryMessageOutbox(transactions),
                new InMemoryReminders(transactions),
                new InMemoryAppointmentHistory(transactions),
                new InMemoryProfileRepository(transactions),
                new InMemoryPackageRepository(transactions));
    }
}
