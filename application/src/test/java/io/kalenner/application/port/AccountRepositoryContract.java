package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.account.Language;
import io.kalenner.domain.account.ProviderKind;
import io.kalenner.domain.time.TimeSetting;
import io.vavr.control.Option;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link AccountRepository} promises. */
public abstract class AccountRepositoryContract extends PortContract {

    private AccountRepository accounts() {
        return under().accounts();
    }

    @Test
    void findsASavedAccountByIdAndByTelegramUser() {
        // given
        Account anna = seed().client("Anna");

        // then
        assertThat(accounts().findById(anna.id())).containsExactly(anna);
        assertThat(accounts().findByTelegramUser(anna.telegramUser())).containsExactly(anna);
    }

    @Test
    void findsNothingForAnUnknownIdOrTelegramUser() {
        assertThat(accounts().findById(new AccountId(UUID.randomUUID()))).isEmpty();
        assertThat(accounts().findByTelegramUser(Seed.freshTelegramUser())).isEmpty();
    }

    @Test
    void keepsEveryFieldOfAnAccount() {
        // given
        Account full = new Account(new AccountId(UUID.randomUUID()), Seed.freshTelegramUser(), "Ирина Петрова", Language.RU,
                new TimeSetting.FixedOffset(ZoneOffset.ofHoursMinutes(5, 45)), Option.some(ProviderKind.ORGANIZATION));
        Account inRegion = Seed.newClient("Max").withTimeSetting(new TimeSetting.RegionZone(ZoneId.of("Europe/Berlin")));

        // when
        seed().write(() -> {
            accounts().save(full);
            accounts().save(inRegion);
        });

        // then
        assertThat(accounts().findById(full.id())).containsExactly(full);
        assertThat(accounts().findById(inRegion.id())).containsExactly(inRegion);
    }

    @Test
    void savingAgainReplacesTheAccount() {
        // given
        Account anna = seed().client("Anna");
        Account changed = anna.withDisplayName("Anna K.").withLanguage(Language.RU)
                .withTimeSetting(new TimeSetting.RegionZone(ZoneId.of("Asia/Yekaterinburg")))
                .becomeProvider(ProviderKind.SPECIALIST).get();

        // when
        seed().write(() -> accounts().save(changed));

        // then
        assertThat(accounts().findById(anna.id())).containsExactly(changed);
        assertThat(accounts().findByTelegramUser(anna.telegramUser())).containsExactly(changed);
    }

    @Test
    void refusesASecondAccountForTheSameTelegramUser() {
        // given
        Account anna = seed().client("Anna");
        Account impostor = new Account(new AccountId(UUID.randomUUID()), anna.telegramUser(), "Impostor", Language.EN,
                TimeSetting.DEFAULT, Option.none());

        // when / then
        assertThatThrownBy(() -> seed().write(() -> accounts().save(impostor))).isInstanceOf(RuntimeException.class);
        assertThat(accounts().findByTelegramUser(anna.telegramUser())).containsExactly(anna);
        assertThat(accounts().findById(impostor.id())).isEmpty();
    }

    @Test
    void aNewClientHasNoProviders() {
        Account anna = seed().client("Anna");

        assertThat(accounts().providersOf(anna.id())).isEmpty();
    }

    @Test
    void providersOfKeepsTheOrderTheyWereAdded() {
        // given
        Account client = seed().client("Client");
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().specialist("Anna");
        Account mark = seed().specialist("Mark");

        // when
        seed().write(() -> accounts().addProvider(client.id(), zoe.id()));
        seed().write(() -> accounts().addProvider(client.id(), anna.id()));
        seed().write(() -> accounts().addProvider(client.id(), mark.id()));

        // then
        assertThat(accounts().providersOf(client.id())).containsExactly(zoe, anna, mark);
    }

    @Test
    void addingAProviderAgainChangesNothing() {
        // given
        Account client = seed().client("Client");
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().specialist("Anna");
        seed().write(() -> accounts().addProvider(client.id(), zoe.id()));
        seed().write(() -> accounts().addProvider(client.id(), anna.id()));

        // when
        seed().write(() -> accounts().addProvider(client.id(), zoe.id()));

        // then
        assertThat(accounts().providersOf(client.id())).containsExactly(zoe, anna);
    }

    @Test
    void hasProviderIsTrueOnlyForTheClientsOwnProviders() {
        // given
        Account client = seed().client("Client");
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().specialist("Anna");

        // when
        seed().write(() -> accounts().addProvider(client.id(), zoe.id()));

        // then
        assertThat(accounts().hasProvider(client.id(), zoe.id())).isTrue();
        assertThat(accounts().hasProvider(client.id(), anna.id())).isFalse();
        assertThat(accounts().hasProvider(zoe.id(), client.id())).isFalse();
    }

    @Test
    void eachClientHasItsOwnProvidersList() {
        // given
        Account first = seed().client("First");
        Account second = seed().client("Second");
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().specialist("Anna");

        // when
        seed().write(() -> accounts().addProvider(first.id(), zoe.id()));
        seed().write(() -> accounts().addProvider(second.id(), anna.id()));

        // then
        assertThat(accounts().providersOf(first.id())).containsExactly(zoe);
        assertThat(accounts().providersOf(second.id())).containsExactly(anna);
    }

    @Test
    void providersOfShowsTheProvidersAsTheyAreNow() {
        // given
        Account client = seed().client("Client");
        Account zoe = seed().specialist("Zoe");
        seed().write(() -> accounts().addProvider(client.id(), zoe.id()));

        // when
        Account renamed = zoe.withDisplayName("Zoe Smith");
        seed().write(() -> accounts().save(renamed));

        // then
        assertThat(accounts().providersOf(client.id())).containsExactly(renamed);
    }
}
