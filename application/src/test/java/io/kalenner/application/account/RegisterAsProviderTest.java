package io.kalenner.application.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.account.TelegramUserId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** First contact and becoming a provider: a Specialist or an Organization, never both. */
class RegisterAsProviderTest {

    private final World world = new World();

    private Either<Rejection, Account> register(Account actor, ProviderKind kind) {
        return world.core.registerAsProvider().register(actor.id(), new RegisterAsProvider.Command(kind, Option.none()));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ProviderKind.class)
    void aProviderCannotAlsoRegisterAsTheOtherKind(ProviderKind first) {
        // given
        Account zoe = world.provider("Zoe", first);
        ProviderKind other = first == ProviderKind.SPECIALIST ? ProviderKind.ORGANIZATION : ProviderKind.SPECIALIST;
        World.State before = world.state();

        // when
        Either<Rejection, Account> answer = register(zoe, other);

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.ALREADY_A_PROVIDER_OF_OTHER_KIND);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.accounts().findById(zoe.id()).get().providerKind()).containsExactly(first);
    }

    @Test
    void registeringAgainAsTheSameKindIsHarmless() {
        // given
        Account zoe = world.provider("Zoe", ProviderKind.SPECIALIST);

        // when
        Either<Rejection, Account> again = register(zoe, ProviderKind.SPECIALIST);

        // then
        assertThat(again).containsExactly(zoe);
    }

    @Test
    void registeringMayGiveTheProvidersName() {
        // given
        Account zoe = world.user("zoe_1990");

        // when
        Account registered = world.core.registerAsProvider()
                .register(zoe.id(), new RegisterAsProvider.Command(ProviderKind.ORGANIZATION, Option.some("Zoe's Clinic"))).get();

        // then
        assertThat(registered.displayName()).isEqualTo("Zoe's Clinic");
        assertThat(world.ports.accounts().findById(zoe.id())).containsExactly(registered);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"   ", "", "a name of sixty-five characters is one more than Telegram allows!"})
    void aBlankOrTooLongNameIsRefusedAndNothingChanges(String name) {
        // given
        Account zoe = world.user("Zoe");
        World.State before = world.state();

        // when
        Either<Rejection, Account> answer = world.core.registerAsProvider()
                .register(zoe.id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.some(name)));

        // then
        assertThat(answer.getLeft().reason()).isIn(Reason.INVALID_INPUT, Reason.TEXT_TOO_LONG);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.accounts().findById(zoe.id()).get().isProvider()).isFalse();
    }

    @Test
    void aNameOfTheLimitsLengthIsTaken() {
        // given
        Account zoe = world.user("Zoe");
        String longest = "Z".repeat(Account.MAX_DISPLAY_NAME_LENGTH);

        // when
        Account registered = world.core.registerAsProvider()
                .register(zoe.id(), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.some(" " + longest + " "))).get();

        // then
        assertThat(registered.displayName()).isEqualTo(longest);
    }

    @Test
    void anUnknownAccountCannotRegister() {
        // given
        World.State before = world.state();

        // when
        Either<Rejection, Account> answer = world.core.registerAsProvider()
                .register(new AccountId(UUID.randomUUID()), new RegisterAsProvider.Command(ProviderKind.SPECIALIST, Option.none()));

        // then
        assertThat(answer.getLeft().reason()).isEqualTo(Reason.NOT_FOUND);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void theSameTelegramUserIsAlwaysTheSameAccount() {
        // given
        IdentifyUser.Command first = new IdentifyUser.Command(new TelegramUserId(424242), "Anna", Language.RU);
        Account anna = world.core.identifyUser().identify(first);

        // when
        Account again = world.core.identifyUser().identify(new IdentifyUser.Command(new TelegramUserId(424242), "Anna B.", Language.EN));

        // then
        assertThat(again).isEqualTo(anna);
        assertThat(anna.isProvider()).isFalse();
        assertThat(anna.language()).isEqualTo(Language.RU);
    }
}
