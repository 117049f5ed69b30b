package io.kalenner.application.booking;

import static io.kalenner.application.World.TUESDAY;
import static io.kalenner.application.World.TUESDAY_10;
import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.application.booking.OfferOrganizationServices.Offered;
import io.kalenner.application.booking.OfferOrganizationServices.OrganizationServices;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A member specialist picks which of its organization's services it performs (D78). */
class OfferOrganizationServicesTest {

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");
    private final Service consultation = world.service(clinic, "Consultation", Duration.ofHours(1));
    private final Service massage = world.service(clinic, "Massage", Duration.ofHours(1));
    private final Account zoe = world.memberOf(clinic, "Zoe");
    private final Account mark = world.memberOf(clinic, "Mark");
    private final Account anna = world.clientOf(clinic, "Anna");

    @Test
    void givenANewMemberWhenItLooksThenItPerformsEveryServiceOfItsOrganization() {
        assertThat(world.core.offerOrganizationServices().list(zoe.id()).get()).containsExactly(new OrganizationServices(clinic,
                io.vavr.collection.List.of(new Offered(consultation, true), new Offered(massage, true))));
    }

    @Test
    void givenAMemberDecliningAServiceWhenAClientBooksItThenThatMemberIsNeitherOfferedNorGivenIt() {
        // when Zoe declines the consultation
        Service declined = world.core.offerOrganizationServices().set(zoe.id(), consultation.id(), false).get();

        // then she performs only the massage, is not offered for the consultation, and "any" goes to Mark
        assertThat(declined).isEqualTo(consultation);
        assertThat(world.core.offerOrganizationServices().list(zoe.id()).get().single().services())
                .containsExactly(new Offered(consultation, false), new Offered(massage, true));
        assertThat(world.core.listOrganizationSpecialists().performing(anna.id(), consultation.id()).get()).containsExactly(mark);
        assertThat(world.core.listOrganizationSpecialists().performing(anna.id(), massage.id()).get()).containsExactly(zoe, mark);
        assertThat(world.core.listFreeSlots().freeSlots(anna.id(), new ListFreeSlots.Command(consultation.id(), TUESDAY, Option.some(zoe.id())))
                .getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.core.requestAppointment().request(anna.id(), new RequestAppointment.Command(consultation.id(), TUESDAY_10)).get()
                .specialist()).isEqualTo(mark.id());
    }

    @Test
    void givenADeclinedServiceWhenTheMemberTakesItUpAgainThenItIsOfferedAgain() {
        world.core.offerOrganizationServices().set(zoe.id(), consultation.id(), false).get();

        world.core.offerOrganizationServices().set(zoe.id(), consultation.id(), true).get();

        assertThat(world.core.listOrganizationSpecialists().performing(anna.id(), consultation.id()).get()).containsExactly(zoe, mark);
    }

    @Test
    void givenSomeoneNotAMemberWhenItChoosesThenNothingChanges() {
        // given another organization's member, a client, and an unknown service
        Account school = world.organization("School");
        Account teacher = world.memberOf(school, "Teacher");

        // then
        assertThat(world.core.offerOrganizationServices().set(teacher.id(), consultation.id(), false).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
        assertThat(world.core.offerOrganizationServices().set(anna.id(), consultation.id(), false).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.core.offerOrganizationServices().set(zoe.id(), new ServiceId(UUID.randomUUID()), false).getLeft().reason())
                .isEqualTo(Reason.NOT_FOUND);
        assertThat(world.core.offerOrganizationServices().list(teacher.id()).get().single().organization()).isEqualTo(school);
        assertThat(world.core.listOrganizationSpecialists().performing(anna.id(), consultation.id()).get()).containsExactly(zoe, mark);
    }
}
