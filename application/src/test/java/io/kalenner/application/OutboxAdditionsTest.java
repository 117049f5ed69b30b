package io.kalenner.application;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.message.MessageContent;
import io.kalenner.application.relay.RelayChatMessage;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.service.Service;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A chat adapter asks whether an update's use cases added to an outbox before it starts a delivery round. */
class OutboxAdditionsTest {

    private final World world = new World();
    private final OutboxAdditions added = world.core.outboxAdditions();
    private final Account zoe = world.specialist("Zoe");
    private final Service consultation = world.service(zoe, "Consultation", Duration.ofHours(1));
    private final Account anna = world.clientOf(zoe, "Anna");

    @Test
    void aRequestThatNotifiesTheProviderMovesThisThreadsNotificationCountAndNotItsMessageCount() {
        long notifications = added.notificationsOnThisThread();
        long messages = added.messagesOnThisThread();

        world.requested(anna, consultation, TUESDAY_10);

        assertThat(added.notificationsOnThisThread()).isGreaterThan(notifications);
        assertThat(added.messagesOnThisThread()).isEqualTo(messages);
        assertThat(world.ports.outbox().depth()).isPositive();
    }

    @Test
    void aChatMessageMovesThisThreadsMessageCount() {
        long messages = added.messagesOnThisThread();

        world.core.relayChatMessage().relay(anna.id(), new RelayChatMessage.Command(zoe.id(), MessageContent.text("Hello")));

        assertThat(added.messagesOnThisThread()).isEqualTo(messages + 1);
    }

    @Test
    void aReadAndARefusedMessageAddNothing() {
        long notifications = added.notificationsOnThisThread();
        long messages = added.messagesOnThisThread();

        world.core.listMyProviders().providers(anna.id());
        world.core.relayChatMessage().relay(world.user("Stranger").id(), new RelayChatMessage.Command(zoe.id(), MessageContent.text("Hi")));

        assertThat(added.notificationsOnThisThread()).isEqualTo(notifications);
        assertThat(added.messagesOnThisThread()).isEqualTo(messages);
    }

    @Test
    void whatAnotherThreadAddsDoesNotMoveThisThreadsCount() throws Exception {
        long notifications = added.notificationsOnThisThread();

        CompletableFuture.runAsync(() -> world.requested(anna, consultation, TUESDAY_10)).get();

        assertThat(world.ports.outbox().depth()).isPositive();
        assertThat(added.notificationsOnThisThread()).isEqualTo(notifications);
    }
}
