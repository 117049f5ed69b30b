package io.kalenner.application.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.invitation.Invitation;
import io.vavr.control.Either;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An organization's specialist invitation: only organizations have one, and they keep it. */
class CreateSpecialistInvitationTest {

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");

    private Either<Rejection, Invitation> create(AccountId actor) {
        return world.core.createSpecialistInvitation().create(actor);
    }

    @Test
    void givenAnOrganizationWhenItAsksForASpecialistInvitationThenItGetsOneOfItsOwn() {
        // when
        Invitation invitation = create(clinic.id()).get();

        // then
        assertThat(invitation.provider()).isEqualTo(clinic.id());
        assertThat(invitation.kind()).isEqualTo(Invitation.Kind.SPECIALIST);
        assertThat(world.ports.invitations().findByCode(invitation.code())).containsExactly(invitation);
    }

    @Test
    void givenAnOrganizationWithAnInvitationWhenItAsksAgainThenItGetsTheSameOne() {
        // given
        Invitation first = create(clinic.id()).get();

        // when
        Invitation second = create(clinic.id()).get();

        // then
        assertThat(second).isEqualTo(first);
    }

    @Test
    void givenAnOrganizationWhenItHasBothInvitationsThenTheyDiffer() {
        // when
        Invitation forClients = world.core.createClientInvitation().create(clinic.id()).get();
        Invitation forSpecialists = create(clinic.id()).get();

        // then
        assertThat(forSpecialists.code()).isNotEqualTo(forClients.code());
        assertThat(world.ports.invitations().findOf(clinic.id(), Invitation.Kind.CLIENT)).containsExactly(forClients);
        assertThat(world.ports.invitations().findOf(clinic.id(), Invitation.Kind.SPECIALIST)).containsExactly(forSpecialists);
    }

    @Test
    void givenASpecialistWhenItAsksForASpecialistInvitationThenItIsNotAnOrganization() {
        // given
        Account zoe = world.specialist("Zoe");
        World.State before = world.state();

        // when
        Either<Rejection, Invitation> answer = create(zoe.id());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_AN_ORGANIZATION);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAClientWhenItAsksForASpecialistInvitationThenItIsNotAProvider() {
        // given
        Account anna = world.user("Anna");
        World.State before = world.state();

        // when
        Either<Rejection, Invitation> answer = create(anna.id());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void givenAnUnknownAccountWhenItAsksForASpecialistInvitationThenItIsNotFound() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Invitation> answer = create(new AccountId(UUID.randomUUID()));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.state()).isEqualTo(before);
    }
}
