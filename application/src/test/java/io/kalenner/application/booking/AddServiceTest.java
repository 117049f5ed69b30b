package io.kalenner.application.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.application.World;
import io.kalenner.domain.Rejection;
import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.Account;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.profile.WebLink;
import io.kalenner.domain.service.Service;
import io.vavr.control.Either;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A provider's catalogue and schedule: only providers change them, and only with valid values. */
class AddServiceTest {

    private final World world = new World();

    @Test
    void aNonProviderCannotAddAServiceNorSetASchedule() {
        // given
        Account anna = world.user("Anna");
        World.State before = world.state();

        // when
        Either<Rejection, Service> added = world.core.addService()
                .add(anna.id(), new AddService.Command("Yoga", Duration.ofHours(1), Money.of(100, "EUR")));
        Either<Rejection, ?> scheduled = world.core.setSchedule().set(anna.id(), World.WORKDAYS_9_TO_18);

        // then
        assertThat(added.getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(scheduled.getLeft().reason()).isEqualTo(Reason.NOT_A_PROVIDER);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void anInvalidServiceIsRefusedAsInvalidInput() {
        // given
        Account zoe = world.specialist("Zoe");
        World.State before = world.state();

        // when / then
        assertThat(world.core.addService().add(zoe.id(), new AddService.Command("   ", Duration.ofHours(1), Money.of(100, "EUR")))
                .getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.core.addService().add(zoe.id(), new AddService.Command("Yoga", Duration.ZERO, Money.of(100, "EUR")))
                .getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.core.addService().add(zoe.id(), new AddService.Command("Yoga", Duration.ofHours(25), Money.of(100, "EUR")))
                .getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.core.addService().add(zoe.id(), new AddService.Command("Yoga", Duration.ofHours(1), Money.of(-1, "EUR")))
                .getLeft().reason()).isEqualTo(Reason.INVALID_INPUT);
        assertThat(world.state()).isEqualTo(before);
    }

    @Test
    void aServiceIsAddedWithItsDescriptionAndPaymentLink() {
        // given
        Account zoe = world.specialist("Zoe");

        // when
        Service added = world.core.addService().add(zoe.id(), new AddService.Command("Yoga", Duration.ofHours(1), Money.of(100, "EUR"),
                "  Gentle, for beginners ", " https://pay.example/yoga ")).get();

        // then
        assertThat(added.description()).containsExactly("Gentle, for beginners");
        assertThat(added.paymentLink()).containsExactly(new WebLink("https://pay.example/yoga"));
        assertThat(world.ports.services().findById(added.id())).containsExactly(added);
    }

    @Test
    void aBlankDescriptionAndPaymentLinkMeanNone() {
        Account zoe = world.specialist("Zoe");

        Service added = world.core.addService().add(zoe.id(), new AddService.Command("Yoga", Duration.ofHours(1), Money.of(100, "EUR"),
                " ", "")).get();

        assertThat(added.description()).isEmpty();
        assertThat(added.paymentLink()).isEmpty();
    }

    @Test
    void aTooLongDescriptionOrABadPaymentLinkIsRefusedAndNothingIsAdded() {
        // given
        Account zoe = world.specialist("Zoe");
        World.State before = world.state();

        // when
        Either<Rejection, Service> tooLong = world.core.addService().add(zoe.id(), new AddService.Command("Yoga", Duration.ofHours(1),
                Money.of(100, "EUR"), "x".repeat(Service.MAX_DESCRIPTION_LENGTH + 1), ""));
        Either<Rejection, Service> badLink = world.core.addService().add(zoe.id(), new AddService.Command("Yoga", Duration.ofHours(1),
                Money.of(100, "EUR"), "", "javascript:alert(1)"));

        // then
        assertThat(tooLong.getLeft()).isEqualTo(Rejection.of(Reason.TEXT_TOO_LONG, Service.MAX_DESCRIPTION_LENGTH));
        assertThat(badLink.getLeft().reason()).isEqualTo(Reason.INVALID_URL);
        assertThat(world.state()).isEqualTo(before);
        assertThat(world.ports.services().activeOf(zoe.id())).isEmpty();
    }
}
