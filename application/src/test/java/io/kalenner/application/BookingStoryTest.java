package io.kalenner.application;

import static io.kalenner.application.World.TUESDAY;
import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.account.RegisterAsProvider;
import io.kalenner.application.booking.AddService;
import io.kalenner.application.booking.ListFreeSlots;
import io.kalenner.application.booking.RequestAppointment;
import io.kalenner.application.invitation.AcceptInvitation;
import io.kalenner.application.notification.Notification;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.appointment.AppointmentStatus;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The whole booking slice as one story, through {@link BookingCore} only. */
class BookingStoryTest {

    private final World world = new World();
    private final BookingCore core = world.core;

    @Test
    void aSpecialistInvitesAClientWhoBooksAndTheSpecialistAccepts() {
        // Zoe writes to the bot and registers as a specialist
        Account zoe = core.registerAsProvider()
                .register(world.user("Zoe").id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.some("Zoe Smith")))
                .get();
        assertThat(zoe.displayName()).isEqualTo("Zoe Smith");

        // she adds a one-hour consultation and works Monday to Friday, 09:00 to 18:00
        Service consultation = core.addService()
                .add(zoe.id(), new AddService.Command("  Consultation ", Duration.ofHours(1), Money.of(250_000, "RUB"))).get();
        assertThat(consultation.name()).isEqualTo("Consultation");
        assertThat(core.setSchedule().set(zoe.id(), World.WORKDAYS_9_TO_18)).containsExactly(World.WORKDAYS_9_TO_18);

        // she makes her client invitation; asking again gives the same one, so a printed QR code keeps working
        Invitation invitation = core.createClientInvitation().create(zoe.id()).get();
        assertThat(core.createClientInvitation().create(zoe.id())).containsExactly(invitation);

        // Anna has no provider until she opens Zoe's link
        Account anna = world.user("Anna");
        assertThat(core.listMyProviders().providers(anna.id())).isEmpty();
        assertThat(core.acceptInvitation().accept(anna.id(), new AcceptInvitation.Command(invitation.code().value()))).containsExactly(zoe);
        assertThat(core.listMyProviders().providers(anna.id())).containsExactly(zoe);

        // she sees Zoe's services and Tuesday's free hours, 09:00 to 17:00 Moscow time
        assertThat(core.listServices().services(anna.id(), zoe.id())).containsExactly(List.of(consultation));
        List<Instant> tuesday = core.listFreeSlots().freeSlots(anna.id(), new ListFreeSlots.Command(consultation.id(), TUESDAY)).get();
        assertThat(tuesday).containsExactlyElementsOf(List.range(6, 15).map(utcHour -> TUESDAY.start().plus(Duration.ofHours(3 + utcHour))));
        assertThat(tuesday).contains(TUESDAY_10);

        // she requests Tuesday 10:00: it is Pending, at the service's price, and no longer free
        Appointment requested = core.requestAppointment()
                .request(anna.id(), new RequestAppointment.Command(consultation.id(), TUESDAY_10)).get();
        assertThat(requested.status()).isEqualTo(AppointmentStatus.PENDING);
        assertThat(requested.client()).isEqualTo(anna.id());
        assertThat(requested.specialist()).isEqualTo(zoe.id());
        assertThat(requested.price()).isEqualTo(Money.of(250_000, "RUB"));
        assertThat(requested.time().end()).isEqualTo(TUESDAY_10.plus(Duration.ofHours(1)));
        assertThat(core.listFreeSlots().freeSlots(anna.id(), new ListFreeSlots.Command(consultation.id(), TUESDAY)).get())
                .hasSize(8).doesNotContain(TUESDAY_10);

        // five minutes later Zoe accepts it
        world.clock.advance(Duration.ofMinutes(5));
        Appointment accepted = core.answerRequest().accept(zoe.id(), requested.id()).get();
        assertThat(accepted.status()).isEqualTo(AppointmentStatus.ACCEPTED);
        assertThat(core.viewAppointment().view(anna.id(), requested.id()).get().appointment()).isEqualTo(accepted);
        assertThat(core.viewAppointment().upcomingOfClient(anna.id()).map(view -> view.appointment())).containsExactly(accepted);

        // Zoe was told of the request, then Anna of the acceptance, in that order
        List<Notification> told = world.waitingNotifications();
        assertThat(told.map(Notification::kind))
                .containsExactly(Notification.Kind.APPOINTMENT_REQUESTED, Notification.Kind.APPOINTMENT_ACCEPTED);
        assertThat(told.map(Notification::recipient)).containsExactly(zoe.id(), anna.id());
        assertThat(told.map(Notification::appointment)).containsOnly(requested.id());
        assertThat(told.map(Notification::createdAt)).containsExactly(World.MONDAY_9, World.MONDAY_9.plus(Duration.ofMinutes(5)));
        assertThat(world.ports.outbox().depth()).isEqualTo(2);
    }
}
