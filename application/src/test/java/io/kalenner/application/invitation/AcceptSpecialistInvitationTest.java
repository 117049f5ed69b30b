package io.kalenner.application.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.service.Service;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Opening an organization's specialist invitation: the user joins as a member specialist,
 * becoming a Specialist first if needed; an Organization never joins one.
 */
class AcceptSpecialistInvitationTest {

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");
    private final Invitation clinics = world.core.createSpecialistInvitation().create(clinic.id()).get();

    private Either<Rejection, AcceptInvitation.Accepted> open(Account actor, Invitation invitation) {
        return world.core.acceptInvitation().open(actor.id(), new AcceptInvitation.Command(invitation.code().value()));
    }

    @Test
    void givenAClientWhenItOpensASpecialistInvitationThenItBecomesASpecialistMember() {
        // given
        Account anna = world.user("Anna");

        // when
        AcceptInvitation.Accepted accepted = open(anna, clinics).get();

        // then
        assertThat(accepted.provider()).isEqualTo(clinic);
        assertThat(accepted.kind()).isEqualTo(Invitation.Kind.SPECIALIST);
        Account stored = world.ports.accounts().findById(anna.id()).get();
        assertThat(stored.providerKind()).containsExactly(ProviderKind.SPECIALIST);
        assertThat(stored.displayName()).isEqualTo("Anna");
        assertThat(world.ports.accounts().membersOf(clinic.id())).containsExactly(stored);
        assertThat(world.ports.accounts().organizationsOf(anna.id())).containsExactly(clinic);
    }

    @Test
    void givenASpecialistWhenItOpensASpecialistInvitationThenItJoinsAndKeepsItsOwnServices() {
        // given
        Account zoe = world.specialist("Zoe");
        Service own = world.service(zoe, "Own practice", Duration.ofHours(1));

        // when
        open(zoe, clinics).get();

        // then
        assertThat(world.ports.accounts().membersOf(clinic.id())).containsExactly(zoe);
        assertThat(world.ports.accounts().findById(zoe.id())).containsExactly(zoe);
        assertThat(world.ports.services().activeOf(zoe.id())).containsExactly(own);
    }

    @Test
    void givenAMemberWhenItOpensTheInvitationAgainThenItStaysOneMember() {
        // given
        Account anna = world.user("Anna");
        open(anna, clinics).get();
        Account mark = world.user("Mark");
        open(mark, clinics).get();

        // when
        Either<Rejection, AcceptInvitation.Accepted> again = open(anna, clinics);

        // then
        assertThat(again.map(AcceptInvitation.Accepted::provider)).containsExactly(clinic);
        assertThat(world.ports.accounts().membersOf(clinic.id()).map(Account::id)).containsExactly(anna.id(), mark.id());
    }

    @Test
    void givenAnOrganizationWhenItOpensAnotherOrganizationsSpecialistInvitationThenItIsRefused() {
        // given
        Account school = world.organization("School");
        World.State before = world.state();

        // when
        Either<Rejection, AcceptInvitation.Accepted> answer = open(school, clinics);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.ALREADY_A_PROVIDER_OF_OTHER_KIND);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.accounts().isMember(clinic.id(), school.id())).isFalse();
    }

    @Test
    void givenTheOrganizationWhenItOpensItsOwnSpecialistInvitationThenItIsRefused() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, AcceptInvitation.Accepted> answer = open(clinic, clinics);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.ALREADY_A_PROVIDER_OF_OTHER_KIND);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.accounts().membersOf(clinic.id())).isEmpty();
    }

    @Test
    void givenAClientWhenItJoinsThenTheOrganizationIsNotOnItsProvidersList() {
        // given
        Account anna = world.user("Anna");

        // when
        open(anna, clinics).get();

        // then
        assertThat(world.core.listMyProviders().providers(anna.id())).isEmpty();
        assertThat(world.ports.accounts().clientsOf(clinic.id())).isEmpty();
    }

    @Test
    void givenAClientOfTheOrganizationWhenItJoinsThenItStaysAClientToo() {
        // given
        Account anna = world.clientOf(clinic, "Anna");

        // when
        open(anna, clinics).get();

        // then
        assertThat(world.core.listMyProviders().providers(anna.id()).map(Account::id)).containsExactly(clinic.id());
        assertThat(world.ports.accounts().isMember(clinic.id(), anna.id())).isTrue();
    }

    @Test
    void givenASpecialistWhenItOpensTwoOrganizationsInvitationsThenItIsAMemberOfBoth() {
        // given
        Account school = world.organization("School");
        Invitation schools = world.core.createSpecialistInvitation().create(school.id()).get();
        Account zoe = world.specialist("Zoe");

        // when
        open(zoe, schools).get();
        open(zoe, clinics).get();

        // then
        assertThat(world.ports.accounts().organizationsOf(zoe.id())).containsExactly(school, clinic);
    }

    @Test
    void givenAClientInvitationWhenItIsOpenedThenTheAnswerSaysClient() {
        // given
        Invitation forClients = world.core.createClientInvitation().create(clinic.id()).get();
        Account anna = world.user("Anna");

        // when
        AcceptInvitation.Accepted accepted = open(anna, forClients).get();

        // then
        assertThat(accepted).isEqualTo(new AcceptInvitation.Accepted(clinic, Invitation.Kind.CLIENT));
        assertThat(world.ports.accounts().findById(anna.id()).get().providerKind()).isEmpty();
    }

    @Test
    void givenAnUnknownAccountWhenItOpensASpecialistInvitationThenItIsNotFound() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, AcceptInvitation.Accepted> answer =
                world.core.acceptInvitation().open(new AccountId(UUID.randomUUID()), new AcceptInvitation.Command(clinics.code().value()));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.state()).isEqualTo(before);
    }
}
