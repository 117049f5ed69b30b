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

/** A provider's clients: seen by the provider and, for an organization, by its members only. */
class ListClientsTest {

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");

    private Either<Rejection, List<Account>> clients(Account actor, AccountId provider) {
        return world.core.listClients().clients(actor.id(), provider);
    }

    @Test
    void givenAProviderWithClientsWhenItListsThemThenItSeesThemByName() {
        // given
        Account walter = world.clientOf(zoe, "Walter");
        Account anna = world.clientOf(zoe, "Anna");
        Account max = world.clientOf(zoe, "Max");

        // then
        assertThat(clients(zoe, zoe.id()).get()).containsExactly(anna, max, walter);
    }

    @Test
    void givenAProviderWithoutClientsWhenItListsThemThenThereAreNone() {
        assertThat(clients(zoe, zoe.id()).get()).isEmpty();
    }

    @Test
    void givenClientsOfSeveralProvidersWhenOneListsThenItSeesOnlyItsOwn() {
        // given
        Account mark = world.specialist("Mark");
        Account anna = world.clientOf(zoe, "Anna");
        Account bob = world.clientOf(mark, "Bob");

        // then
        assertThat(clients(zoe, zoe.id()).get()).containsExactly(anna);
        assertThat(clients(mark, mark.id()).get()).containsExactly(bob);
    }

    @Test
    void givenAnOrganizationWhenItOrAMemberListsItsClientsThenTheySeeThemButNotTheMembers() {
        // given
        Account clinic = world.organization("Clinic");
        Account member = world.memberOf(clinic, "Member");
        Account anna = world.clientOf(clinic, "Anna");

        // then
        assertThat(clients(clinic, clinic.id()).get()).containsExactly(anna);
        assertThat(clients(member, clinic.id()).get()).containsExactly(anna);
    }

    @Test
    void givenAClientWhenItListsItsProvidersClientsThenItIsNotTheirs() {
        // given
        Account anna = world.clientOf(zoe, "Anna");
        world.clientOf(zoe, "Bob");

        // then
        assertThat(clients(anna, zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void givenAnotherProviderWhenItListsTheClientsThenItIsNotTheirs() {
        // given
        Account mark = world.specialist("Mark");
        world.clientOf(zoe, "Anna");

        // then
        assertThat(clients(mark, zoe.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void givenAMemberOfAnOrganizationWhenItListsTheClientsOfAnotherOrganizationThenItIsNotTheirs() {
        // given
        Account clinic = world.organization("Clinic");
        Account school = world.organization("School");
        Account teacher = world.memberOf(school, "Teacher");
        world.clientOf(clinic, "Anna");

        // then
        assertThat(clients(teacher, clinic.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void givenAnOrganizationWhenItListsTheClientsOfItsMemberThenItIsNotTheirs() {
        // given: the member's own practice is the member's business
        Account clinic = world.organization("Clinic");
        Account member = world.memberOf(clinic, "Member");
        world.clientOf(member, "Private client");

        // then
        assertThat(clients(clinic, member.id()).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }

    @Test
    void givenAClientWhenItListsItsOwnClientsThenItIsNotAProvider() {
        // given
        Account anna = world.user("Anna");

        // then
        assertThat(clients(anna, anna.id()).getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
    }

    @Test
    void givenAnUnknownProviderWhenSomeoneListsItsClientsThenNothingIsRevealed() {
        assertThat(clients(zoe, new AccountId(UUID.randomUUID())).getLeft().reason()).isEqualTo(Reason.NOT_YOURS);
    }
}
