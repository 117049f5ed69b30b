package io.kalenner.application.port;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.Account;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.profile.WebLink;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ServiceRepository} promises. */
public abstract class ServiceRepositoryContract extends PortContract {

    private static final Duration HOUR = Duration.ofHours(1);

    private ServiceRepository services() {
        return under().services();
    }

    @Test
    void findsASavedServiceWithEveryField() {
        // given
        Account zoe = seed().specialist("Zoe");
        Service service = new Service(new ServiceId(UUID.randomUUID()), zoe.id(), "Консультация", Duration.ofMinutes(45),
                Money.of(1_999, "EUR"), Option.some("Первая встреча:\nзнакомство"), Option.some(new WebLink("https://pay.example/c?id=1")),
                false);

        // when
        seed().write(() -> services().save(service));

        // then
        assertThat(services().findById(service.id())).containsExactly(service);
    }

    @Test
    void savingAgainCanClearTheDescriptionAndPaymentLink() {
        // given
        Account zoe = seed().specialist("Zoe");
        Service service = seed().service(zoe, "Yoga", HOUR).withDescription(Option.some("Gentle"))
                .withPaymentLink(Option.some(new WebLink("https://pay.example/yoga")));
        seed().write(() -> services().save(service));

        // when
        Service cleared = service.withDescription(Option.none()).withPaymentLink(Option.none());
        seed().write(() -> services().save(cleared));

        // then
        assertThat(services().findById(service.id())).containsExactly(cleared);
        assertThat(services().activeOf(zoe.id())).containsExactly(cleared);
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(services().findById(new ServiceId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void savingAgainReplacesTheService() {
        // given
        Account zoe = seed().specialist("Zoe");
        Service service = seed().service(zoe, "Yoga", HOUR);
        Service changed = new Service(service.id(), zoe.id(), "Yoga for beginners", Duration.ofMinutes(90), Money.of(300_000, "RUB"), false);

        // when
        seed().write(() -> services().save(changed));

        // then
        assertThat(services().findById(service.id())).containsExactly(changed);
    }

    @Test
    void anArchivedServiceIsStillFoundById() {
        // given
        Account zoe = seed().specialist("Zoe");
        Service service = seed().service(zoe, "Yoga", HOUR);

        // when
        seed().write(() -> services().save(service.archive()));

        // then
        assertThat(services().findById(service.id())).containsExactly(service.archive());
    }

    @Test
    void activeOfLeavesOutArchivedServices() {
        // given
        Account zoe = seed().specialist("Zoe");
        Service yoga = seed().service(zoe, "Yoga", HOUR);
        Service massage = seed().service(zoe, "Massage", HOUR);

        // when
        seed().write(() -> services().save(massage.archive()));

        // then
        assertThat(services().activeOf(zoe.id())).containsExactly(yoga);
    }

    @Test
    void activeOfListsTheServicesByName() {
        // given
        Account zoe = seed().specialist("Zoe");
        Service yoga = seed().service(zoe, "Yoga", HOUR);
        Service consultation = seed().service(zoe, "Consultation", HOUR);
        Service massage = seed().service(zoe, "Massage", HOUR);

        // then
        assertThat(services().activeOf(zoe.id())).containsExactly(consultation, massage, yoga);
    }

    @Test
    void activeOfListsOnlyThatProvidersServices() {
        // given
        Account zoe = seed().specialist("Zoe");
        Account anna = seed().specialist("Anna");
        Service yoga = seed().service(zoe, "Yoga", HOUR);
        Service massage = seed().service(anna, "Massage", HOUR);

        // then
        assertThat(services().activeOf(zoe.id())).containsExactly(yoga);
        assertThat(services().activeOf(anna.id())).containsExactly(massage);
    }

    @Test
    void activeOfIsEmptyForAProviderWithoutServices() {
        Account zoe = seed().specialist("Zoe");

        assertThat(services().activeOf(zoe.id())).isEmpty();
    }

    @Test
    void aDeclinedServiceIsRememberedPerSpecialistUntilTakenUpAgain() {
        // given two services and two specialists
        Account clinic = seed().organization("Clinic");
        Account zoe = seed().specialist("Zoe");
        Account mark = seed().specialist("Mark");
        Service yoga = seed().service(clinic, "Yoga", HOUR);
        Service massage = seed().service(clinic, "Massage", HOUR);

        // when Zoe declines both, twice for yoga, Mark declines yoga, and Zoe takes up massage again
        seed().write(() -> services().setPerformed(zoe.id(), yoga.id(), false));
        seed().write(() -> services().setPerformed(zoe.id(), yoga.id(), false));
        seed().write(() -> services().setPerformed(zoe.id(), massage.id(), false));
        seed().write(() -> services().setPerformed(mark.id(), yoga.id(), false));
        seed().write(() -> services().setPerformed(zoe.id(), massage.id(), true));
        seed().write(() -> services().setPerformed(mark.id(), massage.id(), true));

        // then
        assertThat(services().declinedBy(yoga.id())).containsExactlyInAnyOrder(zoe.id(), mark.id());
        assertThat(services().declinedBy(massage.id())).isEmpty();
        assertThat(services().declinedServicesOf(zoe.id())).containsExactly(yoga.id());
        assertThat(services().declinedServicesOf(mark.id())).containsExactly(yoga.id());
    }
}
