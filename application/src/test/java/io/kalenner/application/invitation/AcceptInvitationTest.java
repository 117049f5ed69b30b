package io.kalenner.application.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.invitation.InvitationCode;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Opening an invitation link: a good code adds the provider, anything else changes nothing. */
class AcceptInvitationTest {

    private final World world = new World();
    private final Account zoe = world.specialist("Zoe");
    private final Invitation zoes = world.core.createClientInvitation().create(zoe.id()).get();
    private final Account anna = world.user("Anna");

    private Either<Rejection, Account> open(Account actor, String payload) {
        return world.core.acceptInvitation().accept(actor.id(), new AcceptInvitation.Command(payload));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
        "",
        " ",
        "with spaces",
        "кириллица",
        "semicolon;drop",
        "../../etc/passwd",
        "QUITE_valid-looking_but_unknown_0123456789",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" // 65 characters
    })
    void aMalformedUnknownOrOverLongPayloadIsRefusedAndChangesNothing(String payload) {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Account> answer = open(anna, payload);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.INVALID_INVITATION);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.core.listMyProviders().providers(anna.id())).isEmpty();
    }

    @Test
    void aValidCodeWithMoreAfterItIsRefused() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Account> tooLong = open(anna, zoes.code().value() + "_".repeat(64));
        Either<Rejection, Account> suffixed = open(anna, zoes.code().value() + "x");

        // then
        assertThat(tooLong.getLeft().reason()).isEqualTo(Reason.INVALID_INVITATION);
        assertThat(suffixed.getLeft().reason()).isEqualTo(Reason.INVALID_INVITATION);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.core.listMyProviders().providers(anna.id())).isEmpty();
    }

    @Test
    void aHugePayloadIsRefused() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Account> answer = open(anna, "a".repeat(1_000_000));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.INVALID_INVITATION);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aSpecialistInvitationDoesNotMakeAClient() {
        // given
        Account clinic = world.specialist("Clinic");
        Invitation forSpecialists = new Invitation(new InvitationCode("join_the_clinic_42"), clinic.id(), Invitation.Kind.SPECIALIST);
        world.ports.transactions().inTransaction(() -> {
            world.ports.invitations().save(forSpecialists);
            return Either.right(forSpecialists);
        });
        World.State before = world.state();

        // when
        Either<Rejection, Account> answer = open(anna, forSpecialists.code().value());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.INVALID_INVITATION);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aGoodCodeAddsTheProvider() {
        // when
        Either<Rejection, Account> answer = open(anna, zoes.code().value());

        // then
        assertThat(answer).containsExactly(zoe);
        assertThat(world.core.listMyProviders().providers(anna.id())).containsExactly(zoe);
    }

    @Test
    void openingTheSameInvitationAgainKeepsOneEntry() {
        // given
        open(anna, zoes.code().value()).get();

        // when
        Either<Rejection, Account> again = open(anna, zoes.code().value());

        // then
        assertThat(again).containsExactly(zoe);
        assertThat(world.core.listMyProviders().providers(anna.id())).containsExactly(zoe);
    }

    @Test
    void furtherInvitationsAddTheirProvidersAfterTheFirst() {
        // given
        Account mark = world.specialist("Mark");
        Invitation marks = world.core.createClientInvitation().create(mark.id()).get();

        // when
        open(anna, marks.code().value()).get();
        open(anna, zoes.code().value()).get();

        // then
        assertThat(world.core.listMyProviders().providers(anna.id())).containsExactly(mark, zoe);
    }

    @Test
    void aProviderOpeningItsOwnInvitationIsNotItsOwnClient() {
        // when
        Either<Rejection, Account> answer = open(zoe, zoes.code().value());

        // then
        assertThat(answer).containsExactly(zoe);
        assertThat(world.core.listMyProviders().providers(zoe.id())).isEmpty();
    }

    @Test
    void aProviderStaysAClientOfOtherProviders() {
        // given
        Account mark = world.specialist("Mark");

        // when
        open(mark, zoes.code().value()).get();

        // then
        assertThat(world.core.listMyProviders().providers(mark.id())).containsExactly(zoe);
    }
}
