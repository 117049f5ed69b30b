package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.booking.RemoveMember.Removed;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.appointment.Appointment;
import io.kalenner.domain.service.Service;
import io.vavr.control.Option;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** An organization removes a member specialist (D77). */
class RemoveMemberTest {

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");
    private final Service consultation = world.service(clinic, "Consultation", Duration.ofHours(1));
    private final Account zoe = world.memberOf(clinic, "Zoe");
    private final Account mark = world.memberOf(clinic, "Mark");
    private final Account anna = world.clientOf(clinic, "Anna");

    private Appointment requestedWith(Account specialist, java.time.Instant start) {
        return world.core.requestAppointment().request(anna.id(), new RequestAppointment.Command(consultation.id(), start, Option.some(specialist.id())))
                .get();
    }

    @Test
    void givenAMemberWithAnUpcomingAppointmentWhenTheOrganizationRemovesItThenItIsGoneButTheAppointmentStaysWithIt() {
        // given Zoe has a pending request on Tuesday
        Appointment tuesday = requestedWith(zoe, TUESDAY_10);

        // when the clinic removes her
        Removed removed = world.core.removeMember().remove(clinic.id(), clinic.id(), zoe.id()).get();

        // then she is no member, and the answer names her Tuesday, which is still hers
        assertThat(removed.specialist()).isEqualTo(zoe);
        assertThat(removed.upcoming().map(view -> view.appointment().id())).containsExactly(tuesday.id());
        assertThat(world.core.listOrganizationSpecialists().specialists(clinic.id(), clinic.id()).get()).containsExactly(mark);
        assertThat(world.ports.appointments().findById(tuesday.id()).get().specialist()).isEqualTo(zoe.id());
    }

    @Test
    void givenARemovedMemberWhenAClientAsksForItThenItIsNotFoundAndAnyGoesToTheOthers() {
        // given
        world.core.removeMember().remove(clinic.id(), clinic.id(), zoe.id()).get();

        // then
        assertThat(world.core.requestAppointment().request(anna.id(),
                new RequestAppointment.Command(consultation.id(), TUESDAY_10, Option.some(zoe.id()))).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.core.requestAppointment().request(anna.id(), new RequestAppointment.Command(consultation.id(), TUESDAY_10)).get()
                .specialist()).isEqualTo(mark.id());
    }

    @Test
    void givenARemovedMemberWhenItLooksForTheOrganizationsClientsThenItSeesNoneOfThem() {
        // given
        world.core.removeMember().remove(clinic.id(), clinic.id(), zoe.id()).get();

        // then
        assertThat(world.core.listClients().clients(zoe.id(), clinic.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.viewClients().all(zoe.id()).get()).isEmpty();
    }

    @Test
    void givenSomeoneButTheOrganizationOrSomeoneNotAMemberThenNothingIsRemoved() {
        // then a member, a client and another organization may not; a non-member is not found
        Account school = world.organization("School");
        assertThat(world.core.removeMember().remove(mark.id(), clinic.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.removeMember().remove(anna.id(), clinic.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.removeMember().remove(school.id(), clinic.id(), zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.removeMember().remove(clinic.id(), clinic.id(), anna.id()).getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.core.listOrganizationSpecialists().specialists(clinic.id(), clinic.id()).get()).containsExactly(zoe, mark);
    }
}
