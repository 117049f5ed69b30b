package io.kalenner.adapter.telegram.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.domain.account.AccountId;
import io.kalenner.domain.money.Money;
import io.kalenner.domain.service.Service;
import io.kalenner.domain.service.ServiceId;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The descriptions under the booking's service question: all of them, yet never more than a message holds. */
class ServiceDescriptionsTest {

    private static final AccountId PROVIDER = new AccountId(UUID.randomUUID());

    private static Service service(String name, Option<String> description) {
        return new Service(new ServiceId(UUID.randomUUID()), PROVIDER, name, Duration.ofHours(1), Money.of(100_000, "RUB"), false)
                .withDescription(description);
    }

    @Test
    void servicesWithoutADescriptionAddNothing() {
        assertThat(BookingFlow.descriptions(List.of(service("Йога", Option.none())))).isEmpty();
    }

    @Test
    void shortDescriptionsAreShownWholeUnderTheQuestionInTheServicesOrder() {
        String text = BookingFlow.descriptions(List.of(service("Йога", Option.some("Для начинающих")), service("Массаж", Option.none()),
                service("Растяжка", Option.some("Мягко"))));

        assertThat(text).isEqualTo("\n\n▫️ Йога: Для начинающих\n▫️ Растяжка: Мягко");
    }

    @ParameterizedTest(name = "{0} services")
    @ValueSource(ints = {4, 30, 100})
    void manyLongDescriptionsAreShortenedSoTheMessageStaysWithinTelegramsLimit(int count) {
        List<Service> services = List.range(0, count).map(i -> service("Услуга " + i,
                Option.some("😀".repeat(Service.MAX_DESCRIPTION_LENGTH / 2))));

        String text = BookingFlow.descriptions(services);

        assertThat(text.length() + "Выберите услугу:".length()).isLessThanOrEqualTo(4096);
        assertThat(text).contains("▫️ Услуга 0: 😀", "…");
        // an emoji is never cut in half
        assertThat(text.codePoints().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
    }
}
