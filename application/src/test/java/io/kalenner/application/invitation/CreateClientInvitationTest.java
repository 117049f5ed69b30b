package io.kalenner.application.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.invitation.Invitation;
import io.vavr.control.Either;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A provider's client invitation: only providers have one, and they keep it. */
class CreateClientInvitationTest {

    private final World world = new World();

    @Test
    void aNonProviderCannotCreateAnInvitation() {
        // given
        Account anna = world.user("Anna");
        World.State before = world.state();

        // when
        Either<Rejection, Invitation> answer = world.core.createClientInvitation().create(anna.id());

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.invitations().findOf(anna.id(), Invitation.Kind.CLIENT)).isEmpty();
    }

    @Test
    void anUnknownAccountCannotCreateAnInvitation() {
        assertThat(world.core.createClientInvitation().create(new AccountId(UUID.randomUUID())).getLeft().reason())
                .isEqualTo(Reason.NOT_FOUND);
    }

    @Test
    void anOrganizationHasAClientInvitationToo() {
        // given
        Account clinic = world.provider("Clinic", ProviderKind.ORGANIZATION);

        // when
        Invitation invitation = world.core.createClientInvitation().create(clinic.id()).get();

        // then
        assertThat(invitation.provider()).isEqualTo(clinic.id());
        assertThat(invitation.kind()).isEqualTo(Invitation.Kind.CLIENT);
    }

    @Test
    void aProviderKeepsTheSameInvitation() {
        // given
        Account zoe = world.specialist("Zoe");
        Invitation first = world.core.createClientInvitation().create(zoe.id()).get();

        // when
        Invitation second = world.core.createClientInvitation().create(zoe.id()).get();

        // then
        assertThat(second).isEqualTo(first);
        assertThat(world.ports.invitations().findByCode(first.code())).containsExactly(first);
    }

    @Test
    void providersGetDifferentCodes() {
        Invitation zoes = world.core.createClientInvitation().create(world.specialist("Zoe").id()).get();
        Invitation marks = world.core.createClientInvitation().create(world.specialist("Mark").id()).get();

        assertThat(zoes.code()).isNotEqualTo(marks.code());
    }
}
