package io.kalenner.application.port;

import static io.kalenner.application.port.Seed.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.application.Race;
import io.kalenner.application.notification.Notification;
import io.kalenner.application.notification.Notification.Kind;
import io.kalenner.application.notification.NotificationId;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.document.SharedDocument;
import io.kalenner.domain.document.TermsDocument;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NotificationOutbox} promises. {@code claim} and {@code depth} see the whole
 * outbox, so {@link #reset()} must leave it empty.
 */
public abstract class NotificationOutboxContract extends PortContract {

    private static final Duration LEASE = Duration.ofSeconds(30);
    /** When the deliverer claims, unless a test says otherwise: after every notification was made. */
    private static final Instant NOW = Seed.REQUESTED_AT.plus(Duration.ofHours(1));

    private Account zoe;
    private Account anna;
    private Appointment appointment;

    private NotificationOutbox outbox() {
        return under().outbox();
    }

    @BeforeEach
    final void anAppointmentToTellAbout() {
        zoe = seed().specialist("Zoe");
        anna = seed().client("Anna");
        appointment = seed().booked(seed().service(zoe, Duration.ofHours(1)), anna, T);
    }

    private static final List<Kind> APPOINTMENT_KINDS = List.of(Kind.values()).filter(Kind::aboutAppointment);

    /** Notifications about the appointment, made a second apart, in this order, added each in its own transaction. */
    private List<Notification> added(int count) {
        List<Notification> made = List.range(0, count)
                .map(i -> Seed.notification(i % 2 == 0 ? zoe : anna, appointment, APPOINTMENT_KINDS.get(i % APPOINTMENT_KINDS.size()),
                        Seed.REQUESTED_AT.plusSeconds(i)));
        made.forEach(notification -> seed().write(() -> outbox().add(notification)));
        return made;
    }

    private static List<NotificationId> ids(List<Notification> notifications) {
        return notifications.map(Notification::id);
    }

    @Test
    void givenANotificationAboutTermsWhenClaimedThenItComesBackAboutThatDocument() {
        // given
        TermsDocument offer = TermsRepositoryContract.newDocument(zoe, "Offer");
        seed().write(() -> under().terms().save(offer));
        Notification toSign = new Notification(new NotificationId(java.util.UUID.randomUUID()), anna.id(), Kind.TERMS_TO_SIGN,
                new Notification.AboutTerms(offer.id()), Seed.REQUESTED_AT);
        List<Notification> aboutTheAppointment = added(1);

        // when
        seed().write(() -> outbox().add(toSign));

        // then
        assertThat(outbox().claim(10, NOW, LEASE)).containsExactly(aboutTheAppointment.head(), toSign);
    }

    @Test
    void givenANotificationAboutAClientsUploadWhenClaimedThenItComesBackAboutThatDocument() {
        // given
        SharedDocument scan = SharedDocumentRepositoryContract.uploadedBy(anna, zoe, "scan.pdf");
        seed().write(() -> under().sharedDocuments().add(scan));
        Notification uploaded = new Notification(new NotificationId(java.util.UUID.randomUUID()), zoe.id(), Kind.CLIENT_UPLOADED_DOCUMENT,
                new Notification.AboutSharedDocument(scan.id()), Seed.REQUESTED_AT);
        List<Notification> aboutTheAppointment = added(1);

        // when
        seed().write(() -> outbox().add(uploaded));

        // then
        assertThat(outbox().claim(10, NOW, LEASE)).containsExactly(aboutTheAppointment.head(), uploaded);
    }

    @Test
    void anEmptyOutboxHasNothingToClaim() {
        assertThat(outbox().depth()).isZero();
        assertThat(outbox().claim(10, NOW, LEASE)).isEmpty();
    }

    @Test
    void addedNotificationsWaitForDelivery() {
        // when
        added(3);

        // then
        assertThat(outbox().depth()).isEqualTo(3);
    }

    @Test
    void claimGivesBackEveryFieldOfANotification() {
        // given
        Notification requested = Seed.notification(zoe, appointment, Kind.APPOINTMENT_REQUESTED, Seed.REQUESTED_AT);

        // when
        seed().write(() -> outbox().add(requested));

        // then
        assertThat(outbox().claim(1, NOW, LEASE)).containsExactly(requested);
    }

    @Test
    void claimsTheOldestFirst() {
        // given
        List<Notification> made = added(5);

        // when
        List<Notification> first = outbox().claim(2, NOW, LEASE);
        List<Notification> rest = outbox().claim(10, NOW, LEASE);

        // then
        assertThat(first).containsExactlyElementsOf(made.take(2));
        assertThat(rest).containsExactlyElementsOf(made.drop(2));
    }

    @Test
    void notificationsMadeAtTheSameInstantAreClaimedInTheOrderTheyWereAdded() {
        // given: one transaction announcing two changes, read from one clock reading
        Notification requested = Seed.notification(zoe, appointment, Kind.APPOINTMENT_REQUESTED, Seed.REQUESTED_AT);
        Notification cancelled = Seed.notification(zoe, appointment, Kind.APPOINTMENT_CANCELLED, Seed.REQUESTED_AT);
        Notification accepted = Seed.notification(anna, appointment, Kind.APPOINTMENT_ACCEPTED, Seed.REQUESTED_AT);
        seed().write(() -> {
            outbox().add(requested);
            outbox().add(accepted);
        });
        seed().write(() -> outbox().add(cancelled));

        // then
        assertThat(outbox().claim(10, NOW, LEASE)).containsExactly(requested, accepted, cancelled);
    }

    @Test
    void claimTakesAtMostMax() {
        // given
        added(4);

        // then
        assertThat(outbox().claim(3, NOW, LEASE)).hasSize(3);
        assertThat(outbox().claim(3, NOW, LEASE)).hasSize(1);
    }

    @Test
    void aClaimedNotificationIsNotClaimedAgainWhileItsLeaseRuns() {
        // given
        List<Notification> made = added(3);
        outbox().claim(1, NOW, LEASE);

        // when
        List<Notification> meanwhile = outbox().claim(10, NOW.plus(LEASE).minusSeconds(1), LEASE);

        // then
        assertThat(meanwhile).containsExactlyElementsOf(made.drop(1));
    }

    @Test
    void aClaimedNotificationNotMarkedDeliveredIsClaimedAgainAfterItsLeaseEnds() {
        // given
        List<Notification> made = added(2);
        outbox().claim(10, NOW, LEASE);

        // when
        List<Notification> again = outbox().claim(10, NOW.plus(LEASE).plusSeconds(1), LEASE);

        // then
        assertThat(again).containsExactlyElementsOf(made);
    }

    @Test
    void aClaimedNotificationWaitsForDeliveryUntilMarkedDelivered() {
        // given
        List<Notification> made = added(2);

        // when
        outbox().claim(10, NOW, LEASE);

        // then
        assertThat(outbox().depth()).isEqualTo(2);

        // when
        seed().write(() -> outbox().markDelivered(made.get(0).id()));

        // then
        assertThat(outbox().depth()).isEqualTo(1);
    }

    @Test
    void aDeliveredNotificationIsNeverClaimedAgain() {
        // given
        List<Notification> made = added(2);
        outbox().claim(1, NOW, LEASE);

        // when
        seed().write(() -> outbox().markDelivered(made.get(0).id()));

        // then
        assertThat(outbox().claim(10, NOW.plus(Duration.ofDays(1)), LEASE)).containsExactly(made.get(1));
    }

    @Test
    void addJoinsTheCallersTransaction() {
        // given
        Notification kept = Seed.notification(zoe, appointment, Kind.APPOINTMENT_REQUESTED, Seed.REQUESTED_AT);
        Notification undone = Seed.notification(anna, appointment, Kind.APPOINTMENT_ACCEPTED, Seed.REQUESTED_AT);

        // when
        under().transactions().inTransaction(() -> {
            outbox().add(kept);
            return Either.right(kept);
        });
        under().transactions().inTransaction(() -> {
            outbox().add(undone);
            return Rejection.of(Reason.SLOT_TAKEN).asLeft();
        });
        assertThatThrownBy(() -> under().transactions().inTransaction(() -> {
            outbox().add(undone);
            throw new IllegalStateException("the connection broke");
        })).isInstanceOf(IllegalStateException.class);

        // then
        assertThat(outbox().depth()).isEqualTo(1);
        assertThat(outbox().claim(10, NOW, LEASE)).containsExactly(kept);
    }

    @Test
    void anUndoneDeliveryMarkLeavesTheNotificationWaitingInItsPlace() {
        // given
        List<Notification> made = added(3);

        // when
        under().transactions().inTransaction(() -> {
            outbox().markDelivered(made.get(0).id());
            return Rejection.of(Reason.NOT_FOUND).asLeft();
        });

        // then
        assertThat(outbox().depth()).isEqualTo(3);
        assertThat(outbox().claim(10, NOW, LEASE)).containsExactlyElementsOf(made);
    }

    @Test
    void claimersRacingNeverGetTheSameNotification() {
        // given
        List<Notification> made = added(20);

        // when
        List<List<Notification>> claims = List.ofAll(Race.of(8, i -> outbox().claim(3, NOW, LEASE)));

        // then
        List<NotificationId> claimed = claims.flatMap(NotificationOutboxContract::ids);
        assertThat(claimed).doesNotHaveDuplicates();
        assertThat(ids(made)).containsAll(claimed);
        claims.forEach(claim -> assertThat(claim).hasSizeLessThanOrEqualTo(3));
    }
}
