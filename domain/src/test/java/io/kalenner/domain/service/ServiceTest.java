package io.kalenner.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
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
}
