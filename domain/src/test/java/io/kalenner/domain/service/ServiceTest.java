package io.kalenner.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.domain.Rejection.Reason;
import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.profile.WebLink;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ServiceTest {

    private final Service yoga = new Service(new ServiceId(UUID.randomUUID()), new AccountId(UUID.randomUUID()), "Yoga",
            Duration.ofHours(1), Money.of(250_000, "RUB"), false);

    @Test
    void givenAServiceWhenItIsEditedThenItKeepsItsIdProviderAndArchivedState() {
        // when
        Service edited = yoga.edit("Yoga for beginners", Duration.ofMinutes(90), Money.of(1_999, "EUR"));

        // then
        assertThat(edited).isEqualTo(new Service(yoga.id(), yoga.provider(), "Yoga for beginners", Duration.ofMinutes(90),
                Money.of(1_999, "EUR"), false));
        assertThat(yoga.archive().edit("Old yoga", yoga.duration(), yoga.price()).archived()).isTrue();
    }

    @Test
    void givenAServiceWhenItIsEditedWithValuesAServiceCannotHaveThenItIsRefused() {
        assertThatThrownBy(() -> yoga.edit(" ", yoga.duration(), yoga.price())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> yoga.edit("Yoga", Duration.ZERO, yoga.price())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> yoga.edit("Yoga", Duration.ofHours(25), yoga.price())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> yoga.edit("Yoga", yoga.duration(), Money.of(-1, "RUB"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAServiceWhenItIsArchivedThenOnlyTheArchivedStateChanges() {
        Service archived = yoga.archive();

        assertThat(archived.archived()).isTrue();
        assertThat(archived).isEqualTo(new Service(yoga.id(), yoga.provider(), yoga.name(), yoga.duration(), yoga.price(), true));
    }

    @Test
    void givenADescriptionAndAPaymentLinkWhenTheServiceIsEditedOrArchivedThenTheyStay() {
        // given
        Service described = yoga.withDescription(Option.some("Gentle, for beginners"))
                .withPaymentLink(Option.some(new WebLink("https://pay.example/yoga")));

        // when
        Service edited = described.edit("Yoga", Duration.ofMinutes(90), yoga.price()).archive();

        // then
        assertThat(edited.description()).containsExactly("Gentle, for beginners");
        assertThat(edited.paymentLink()).containsExactly(new WebLink("https://pay.example/yoga"));
        assertThat(edited.withDescription(Option.none()).withPaymentLink(Option.none()).description()).isEmpty();
    }

    @Test
    void aDescriptionIsTrimmedBlankMeansNoneAndALongOneIsTooLong() {
        assertThat(Service.description("  Gentle  ").get()).containsExactly("Gentle");
        assertThat(Service.description(" \n ").get()).isEmpty();
        assertThat(Service.description("x".repeat(Service.MAX_DESCRIPTION_LENGTH)).get()).isNotEmpty();
        assertThat(Service.description("x".repeat(Service.MAX_DESCRIPTION_LENGTH + 1)).getLeft().reason()).isEqualTo(Reason.TEXT_TOO_LONG);
    }

    @Test
    void aPaymentLinkIsAnAbsoluteHttpOrHttpsAddressAndBlankMeansNone() {
        assertThat(Service.paymentLink(" https://pay.example/x?id=1 ").get()).containsExactly(new WebLink("https://pay.example/x?id=1"));
        assertThat(Service.paymentLink("").get()).isEmpty();
        assertThat(Service.paymentLink("javascript:alert(1)").getLeft().reason()).isEqualTo(Reason.INVALID_URL);
        assertThat(Service.paymentLink("pay.example/x").getLeft().reason()).isEqualTo(Reason.INVALID_URL);
    }

    @Test
    void aServiceCannotHoldABlankOrOverlongDescription() {
        assertThatThrownBy(() -> yoga.withDescription(Option.some(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> yoga.withDescription(Option.some("x".repeat(Service.MAX_DESCRIPTION_LENGTH + 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
