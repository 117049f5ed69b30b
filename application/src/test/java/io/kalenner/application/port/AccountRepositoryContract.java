package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.domain.Rejection;
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

    @Test
    void clientsOfListsTheAccountsWithTheProviderOnTheirListByName() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        Account walter = seed().client("Walter");
        Account anna = seed().client("Anna");
        Account firstMax = seed().client("Max");
        Account secondMax = seed().client("Max");
        Account marksOnly = seed().client("Bob");
        seed().write(() -> {
            accounts().addProvider(walter.id(), zoe.id());
            accounts().addProvider(secondMax.id(), zoe.id());
        });
        seed().write(() -> accounts().addProvider(anna.id(), zoe.id()));
        seed().write(() -> accounts().addProvider(firstMax.id(), mark.id()));
        seed().write(() -> accounts().addProvider(firstMax.id(), zoe.id()));
        seed().write(() -> accounts().addProvider(marksOnly.id(), mark.id()));

        // then
        assertThat(accounts().clientsOf(zoe.id())).containsExactly(anna, secondMax, firstMax, walter);
        assertThat(accounts().clientsOf(mark.id())).containsExactly(marksOnly, firstMax);
        assertThat(accounts().clientsOf(anna.id())).isEmpty();
    }

    @Test
    void clientsOfOrdersNamesByCodePoint() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account cyrillic = seed().client("Анна");
        Account lower = seed().client("anna");
        Account upper = seed().client("Anna");
        seed().write(() -> {
            accounts().addProvider(cyrillic.id(), zoe.id());
            accounts().addProvider(lower.id(), zoe.id());
            accounts().addProvider(upper.id(), zoe.id());
        });

        // then
        assertThat(accounts().clientsOf(zoe.id())).containsExactly(upper, lower, cyrillic);
    }

    @Test
    void membersOfKeepsTheOrderTheyJoined() {
        // given
        Account clinic = seed().organization("Clinic");
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().specialist("Anna");

        // when
        seed().write(() -> accounts().addMember(clinic.id(), zoe.id()));
        seed().write(() -> accounts().addMember(clinic.id(), anna.id()));

        // then
        assertThat(accounts().membersOf(clinic.id())).containsExactly(zoe, anna);
        assertThat(accounts().isMember(clinic.id(), zoe.id())).isTrue();
        assertThat(accounts().isMember(clinic.id(), anna.id())).isTrue();
    }

    @Test
    void anOrganizationWithoutMembersHasNone() {
        Account clinic = seed().organization("Clinic");

        assertThat(accounts().membersOf(clinic.id())).isEmpty();
        assertThat(accounts().isMember(clinic.id(), seed().specialist("Zoe").id())).isFalse();
    }

    @Test
    void addingAMemberAgainChangesNothing() {
        // given
        Account clinic = seed().organization("Clinic");
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().specialist("Anna");
        seed().write(() -> accounts().addMember(clinic.id(), zoe.id()));
        seed().write(() -> accounts().addMember(clinic.id(), anna.id()));

        // when
        seed().write(() -> accounts().addMember(clinic.id(), zoe.id()));

        // then
        assertThat(accounts().membersOf(clinic.id())).containsExactly(zoe, anna);
    }

    @Test
    void aRemovedMemberIsNoLongerOneAndTheOthersKeepTheirOrder() {
        // given
        Account clinic = seed().organization("Clinic");
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().specialist("Anna");
        Account max = seed().specialist("Max");
        Account stranger = seed().specialist("Stranger");
        seed().write(() -> accounts().addMember(clinic.id(), zoe.id()));
        seed().write(() -> accounts().addMember(clinic.id(), anna.id()));
        seed().write(() -> accounts().addMember(clinic.id(), max.id()));

        // when Anna is removed, and Anna again, and someone who never was a member
        seed().write(() -> accounts().removeMember(clinic.id(), anna.id()));
        seed().write(() -> accounts().removeMember(clinic.id(), anna.id()));
        seed().write(() -> accounts().removeMember(clinic.id(), stranger.id()));

        // then
        assertThat(accounts().membersOf(clinic.id())).containsExactly(zoe, max);
        assertThat(accounts().isMember(clinic.id(), anna.id())).isFalse();
        assertThat(accounts().organizationsOf(anna.id())).isEmpty();
    }

    @Test
    void aSpecialistMayBeAMemberOfSeveralOrganizations() {
        // given
        Account clinic = seed().organization("Clinic");
        Account school = seed().organization("School");
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");

        // when
        seed().write(() -> accounts().addMember(school.id(), zoe.id()));
        seed().write(() -> accounts().addMember(clinic.id(), zoe.id()));
        seed().write(() -> accounts().addMember(clinic.id(), mark.id()));

        // then
        assertThat(accounts().organizationsOf(zoe.id())).containsExactly(school, clinic);
        assertThat(accounts().organizationsOf(mark.id())).containsExactly(clinic);
        assertThat(accounts().membersOf(school.id())).containsExactly(zoe);
        assertThat(accounts().isMember(school.id(), mark.id())).isFalse();
        assertThat(accounts().isMember(zoe.id(), school.id())).isFalse();
    }

    @Test
    void aMembershipIsNotAProvidersListEntry() {
        // given
        Account clinic = seed().organization("Clinic");
        Account zoe = seed().specialist("Zoe");

        // when
        seed().write(() -> accounts().addMember(clinic.id(), zoe.id()));

        // then
        assertThat(accounts().providersOf(zoe.id())).isEmpty();
        assertThat(accounts().clientsOf(clinic.id())).isEmpty();
        assertThat(accounts().hasProvider(zoe.id(), clinic.id())).isFalse();
    }

    @Test
    void aMembershipWrittenInARefusedTransactionIsNotKept() {
        // given
        Account clinic = seed().organization("Clinic");
        Account zoe = seed().specialist("Zoe");

        // when
        under().transactions().inTransaction(() -> {
            accounts().addMember(clinic.id(), zoe.id());
            return Rejection.of(Rejection.Reason.INVALID_INVITATION).asLeft();
        });

        // then
        assertThat(accounts().membersOf(clinic.id())).isEmpty();
        assertThat(accounts().isMember(clinic.id(), zoe.id())).isFalse();
    }

    @Test
    void membersOfShowsTheMembersAsTheyAreNow() {
        // given
        Account clinic = seed().organization("Clinic");
        Account zoe = seed().specialist("Zoe");
        seed().write(() -> accounts().addMember(clinic.id(), zoe.id()));

        // when
        Account renamed = zoe.withDisplayName("Dr. Zoe");
        seed().write(() -> accounts().save(renamed));

        // then
        assertThat(accounts().membersOf(clinic.id())).containsExactly(renamed);
    }
}
