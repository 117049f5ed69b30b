package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.invitation.Invitation;
import io.kalenner.domain.invitation.InvitationCode;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link InvitationRepository} promises. */
public abstract class InvitationRepositoryContract extends PortContract {

    private InvitationRepository invitations() {
        return under().invitations();
    }

    private static InvitationCode freshCode() {
        return new InvitationCode(UUID.randomUUID().toString().replace("-", "_"));
    }

    private static String hex() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private Invitation saved(Account provider, Invitation.Kind kind) {
        Invitation invitation = new Invitation(freshCode(), provider.id(), kind);
        seed().write(() -> invitations().save(invitation));
        return invitation;
    }

    @Test
    void findsASavedInvitationByItsCode() {
        // given
        Account zoe = seed().specialist("Zoe");

        // when
        Invitation invitation = saved(zoe, Invitation.Kind.CLIENT);

        // then
        assertThat(invitations().findByCode(invitation.code())).containsExactly(invitation);
    }

    @Test
    void keepsALongestCodeExactly() {
        // given
        Account zoe = seed().specialist("Zoe");
        Invitation invitation = new Invitation(new InvitationCode(("Zz_-" + hex() + hex()).substring(0, 64)), zoe.id(), Invitation.Kind.SPECIALIST);

        // when
        seed().write(() -> invitations().save(invitation));

        // then
        assertThat(invitations().findByCode(invitation.code())).containsExactly(invitation);
    }

    @Test
    void findsNothingForAnUnknownCode() {
        assertThat(invitations().findByCode(freshCode())).isEmpty();
    }

    @Test
    void codesAreCaseSensitive() {
        // given
        Account zoe = seed().specialist("Zoe");
        Invitation invitation = new Invitation(new InvitationCode("Abc" + hex()), zoe.id(),
                Invitation.Kind.CLIENT);
        seed().write(() -> invitations().save(invitation));

        // then
        assertThat(invitations().findByCode(new InvitationCode(invitation.code().value().toUpperCase(java.util.Locale.ROOT)))).isEmpty();
        assertThat(invitations().findByCode(new InvitationCode(invitation.code().value().toLowerCase(java.util.Locale.ROOT)))).isEmpty();
    }

    @Test
    void findOfFindsTheProvidersInvitationOfEachKind() {
        // given
        Account org = seed().specialist("Org");

        // when
        Invitation forClients = saved(org, Invitation.Kind.CLIENT);
        Invitation forSpecialists = saved(org, Invitation.Kind.SPECIALIST);

        // then
        assertThat(invitations().findOf(org.id(), Invitation.Kind.CLIENT)).containsExactly(forClients);
        assertThat(invitations().findOf(org.id(), Invitation.Kind.SPECIALIST)).containsExactly(forSpecialists);
    }

    @Test
    void findOfIsEmptyWhenNoneOfThatKindWasMade() {
        // given
        Account zoe = seed().specialist("Zoe");
        saved(zoe, Invitation.Kind.CLIENT);

        // then
        assertThat(invitations().findOf(zoe.id(), Invitation.Kind.SPECIALIST)).isEmpty();
        assertThat(invitations().findOf(seed().specialist("Anna").id(), Invitation.Kind.CLIENT)).isEmpty();
    }

    @Test
    void findOfDoesNotFindAnotherProvidersInvitation() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().specialist("Anna");
        Invitation zoes = saved(zoe, Invitation.Kind.CLIENT);
        Invitation annas = saved(anna, Invitation.Kind.CLIENT);

        // then
        assertThat(invitations().findOf(zoe.id(), Invitation.Kind.CLIENT)).containsExactly(zoes);
        assertThat(invitations().findOf(anna.id(), Invitation.Kind.CLIENT)).containsExactly(annas);
    }
}
