package io.kalenner.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.kalenner.adapter.persistence.ReadCache.Region;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

    private static final String SERVICE = "6f1c2a5e-0000-4000-8000-000000000001";

    private final ReadCache cache = new ReadCache();
    private final AtomicInteger reads = new AtomicInteger();

    private Supplier<String> database(String value) {
        return () -> {
            reads.incrementAndGet();
            return value;
        };
    }

    @Test
    void keepsWhatItReadUntilTheRowsNoticeArrives() {
        // given
        cache.serve();
        assertThat(cache.get(Region.SERVICE, SERVICE, database("Yoga"))).isEqualTo("Yoga");

        // when read again, then after the notice
        String kept = cache.get(Region.SERVICE, SERVICE, database("changed meanwhile"));
        cache.changed("service:" + SERVICE);
        String afterNotice = cache.get(Region.SERVICE, SERVICE, database("Pilates"));

        // then
        assertThat(kept).isEqualTo("Yoga");
        assertThat(afterNotice).isEqualTo("Pilates");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aNoticeOfAnotherTableOrRowLeavesAKeptValue() {
        // given
        cache.serve();
        cache.get(Region.SERVICE, SERVICE, database("Yoga"));

        // when
        cache.changed("account:" + SERVICE);
        cache.changed("service:6f1c2a5e-0000-4000-8000-000000000002");

        // then
        assertThat(cache.get(Region.SERVICE, SERVICE, database("not read"))).isEqualTo("Yoga");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aScheduleIsForgottenWhenItsHoursOrExceptionsChange() {
        // given
        cache.serve();
        cache.get(Region.SCHEDULE, SERVICE, database("Mondays"));

        // when
        cache.changed("working_hours:" + SERVICE);
        String afterHours = cache.get(Region.SCHEDULE, SERVICE, database("Tuesdays"));
        cache.changed("schedule_exception:" + SERVICE);
        String afterHoliday = cache.get(Region.SCHEDULE, SERVICE, database("Tuesdays but a holiday"));

        // then
        assertThat(afterHours).isEqualTo("Tuesdays");
        assertThat(afterHoliday).isEqualTo("Tuesdays but a holiday");
    }

    @Test
    void aTruncationNoticeForgetsTheWholeTable() {
        // given
        cache.serve();
        cache.get(Region.SERVICE, SERVICE, database("Yoga"));
        cache.get(Region.ACCOUNT_OF_TELEGRAM_USER, 42L, () -> Option.of("account 1"));

        // when
        cache.changed("service:*");
        cache.changed("account:*");

        // then
        assertThat(cache.size(Region.SERVICE)).isZero();
        assertThat(cache.size(Region.ACCOUNT_OF_TELEGRAM_USER)).isZero();
    }

    @Test
    void aValueReadWhileAChangeArrivedIsReturnedButNotKept() {
        // given
        cache.serve();

        // when the notice arrives between the database's answer and the keeping
        String answered = cache.get(Region.SERVICE, SERVICE, () -> {
            reads.incrementAndGet();
            cache.changed("service:" + SERVICE);
            return "Yoga, as it was";
        });

        // then
        assertThat(answered).isEqualTo("Yoga, as it was");
        assertThat(cache.get(Region.SERVICE, SERVICE, database("Pilates"))).isEqualTo("Pilates");
        assertThat(reads).hasValue(2);
    }

    @Test
    void keepsNothingBeforeItServesNorAfterItStops() {
        // when not yet serving
        cache.get(Region.SERVICE, SERVICE, database("Yoga"));
        cache.get(Region.SERVICE, SERVICE, database("Yoga"));
        // serving, then stopped
        cache.serve();
        cache.get(Region.SERVICE, SERVICE, database("Yoga"));
        cache.stop();
        String afterStop = cache.get(Region.SERVICE, SERVICE, database("Pilates"));

        // then every read went to the database
        assertThat(afterStop).isEqualTo("Pilates");
        assertThat(reads).hasValue(4);
        assertThat(cache.size(Region.SERVICE)).isZero();
    }

    @Test
    void aTelegramUserWithoutAccountIsNotKeptButAnAccountIdIs() {
        // given
        cache.serve();

        // when
        cache.get(Region.ACCOUNT_OF_TELEGRAM_USER, 42L, () -> {
            reads.incrementAndGet();
            return Option.none();
        });
        Option<String> registeredMeanwhile = cache.get(Region.ACCOUNT_OF_TELEGRAM_USER, 42L, () -> {
            reads.incrementAndGet();
            return Option.of("account 1");
        });
        Option<String> kept = cache.get(Region.ACCOUNT_OF_TELEGRAM_USER, 42L, Option::none);

        // then
        assertThat(registeredMeanwhile).containsExactly("account 1");
        assertThat(kept).containsExactly("account 1");
        assertThat(reads).hasValue(2);
    }

    @Test
    void anAbsentAccountIsKeptUntilItsNotice() {
        // given
        cache.serve();
        String id = "6f1c2a5e-0000-4000-8000-00000000000a";
        cache.get(Region.ACCOUNT, id, Option::none);

        // when
        Option<String> stillAbsent = cache.get(Region.ACCOUNT, id, () -> Option.of("made meanwhile, not announced yet"));
        cache.changed("account:" + id);
        Option<String> afterNotice = cache.get(Region.ACCOUNT, id, () -> Option.of("Anna"));

        // then
        assertThat(stillAbsent).isEmpty();
        assertThat(afterNotice).containsExactly("Anna");
    }

    @Test
    void aChangeThisInstanceCommittedIsForgottenAtOnce() {
        // given
        cache.serve();
        cache.get(Region.CLIENT_PROVIDER, ReadCache.key("client", "provider"), () -> false);

        // when
        cache.changed(Region.CLIENT_PROVIDER, ReadCache.key("client", "provider"));

        // then
        assertThat(cache.get(Region.CLIENT_PROVIDER, ReadCache.key("client", "provider"), () -> true)).isTrue();
    }

    @Test
    void aClientsProvidersListIsForgottenWhenOneOfItsLinksChanges() {
        // given
        cache.serve();
        String client = "6f1c2a5e-0000-4000-8000-0000000000c1";
        cache.get(Region.PROVIDERS_OF, client, database("one provider"));
        cache.get(Region.PROVIDERS_OF, "6f1c2a5e-0000-4000-8000-0000000000c2", database("another client's"));

        // when
        cache.changed("client_provider:" + client + ":6f1c2a5e-0000-4000-8000-0000000000b1");

        // then
        assertThat(cache.get(Region.PROVIDERS_OF, client, database("two providers"))).isEqualTo("two providers");
        assertThat(cache.get(Region.PROVIDERS_OF, "6f1c2a5e-0000-4000-8000-0000000000c2", database("not read"))).isEqualTo("another client's");
    }

    @Test
    void aServiceNoticeForgetsTheServiceAndItsProvidersList() {
        // given
        cache.serve();
        String provider = "6f1c2a5e-0000-4000-8000-0000000000b1";
        cache.get(Region.SERVICE, SERVICE, database("Yoga"));
        cache.get(Region.ACTIVE_SERVICES_OF, provider, database("[Yoga]"));

        // when
        cache.changed("service:" + SERVICE + ":" + provider);

        // then
        assertThat(cache.size(Region.SERVICE)).isZero();
        assertThat(cache.size(Region.ACTIVE_SERVICES_OF)).isZero();
    }

    @Test
    void aNoticeOfAnotherKindDoesNotStopARacingReadFromBeingKept() {
        // given
        cache.serve();

        // when an account's notice arrives while a service is read
        cache.get(Region.SERVICE, SERVICE, () -> {
            reads.incrementAndGet();
            cache.changed("account:6f1c2a5e-0000-4000-8000-00000000000a");
            return "Yoga";
        });

        // then the service was kept
        assertThat(cache.get(Region.SERVICE, SERVICE, database("not read"))).isEqualTo("Yoga");
        assertThat(reads).hasValue(1);
    }
}
