package io.kalenner.application.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.vavr.collection.List;
import io.vavr.control.Either;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An organization's specialists: seen by the organization, its members and its clients. */
class ListOrganizationSpecialistsTest {

    private final World world = new World();
    private final Account clinic = world.organization("Clinic");
    private final Account zoe = world.memberOf(clinic, "Zoe");
    private final Account mark = world.memberOf(clinic, "Mark");

    private Either<Rejection, List<Account>> specialists(Account actor, AccountId organization) {
        return world.core.listOrganizationSpecialists().specialists(actor.id(), organization);
    }

    @Test
    void givenAnOrganizationWhenItListsItsSpecialistsThenItSeesItsMembersInJoiningOrder() {
        assertThat(specialists(clinic, clinic.id()).get()).containsExactly(zoe, mark);
    }

    @Test
    void givenAMemberWhenItListsTheOrganizationsSpecialistsThenItSeesThemAll() {
        assertThat(specialists(mark, clinic.id()).get()).containsExactly(zoe, mark);
    }

    @Test
    void givenAClientOfTheOrganizationWhenItListsTheSpecialistsThenItSeesThemToChoose() {
        // given
        Account anna = world.clientOf(clinic, "Anna");

        // then
        assertThat(specialists(anna, clinic.id()).get()).containsExactly(zoe, mark);
    }

    @Test
    void givenAnOrganizationWithoutMembersWhenItListsThemThenThereAreNone() {
        // given
        Account school = world.organization("School");

        // then
        assertThat(specialists(school, school.id()).get()).isEmpty();
    }

    @Test
    void givenAStrangerWhenItListsTheSpecialistsThenTheOrganizationIsNotItsProvider() {
        // given
        Account stranger = world.user("Stranger");

        // then
        assertThat(specialists(stranger, clinic.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
    }

    @Test
    void givenAMemberOfAnotherOrganizationWhenItListsTheSpecialistsThenItIsRefused() {
        // given
        Account school = world.organization("School");
        Account teacher = world.memberOf(school, "Teacher");

        // then
        assertThat(specialists(teacher, clinic.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
        assertThat(specialists(school, clinic.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
    }

    @Test
    void givenAClientOfASpecialistWhenItListsTheSpecialistsOfThatSpecialistThenItIsNotAnOrganization() {
        // given
        Account solo = world.specialist("Solo");
        Account anna = world.clientOf(solo, "Anna");

        // then
        assertThat(specialists(anna, solo.id()).getLeft().reason()).isEqualTo(Reason.NOT_AN_ORGANIZATION);
        assertThat(specialists(solo, solo.id()).getLeft().reason()).isEqualTo(Reason.NOT_AN_ORGANIZATION);
    }

    @Test
    void givenAnUnknownOrganizationWhenSomeoneListsItsSpecialistsThenNothingIsRevealed() {
        assertThat(specialists(zoe, new AccountId(UUID.randomUUID())).getLeft().reason()).isEqualTo(Reason.NOT_YOUR_PROVIDER);
    }
}
