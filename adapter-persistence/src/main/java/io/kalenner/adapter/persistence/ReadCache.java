package io.kalenner.adapter.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;

/**
 * Rows that are read in nearly every request and rarely written (accounts, services, schedules,
 * who is whose client), kept in this instance's memory (decisions.md D79).
 *
 * <p>It is right only while it hears of every change: the database announces each committed
 * change of these tables ({@code V18}), a {@link CacheChangeListener} passes the notices on, and
 * the cache serves nothing while that listener is not connected. A change made by this instance
 * is forgotten right after its commit as well, so its own next read sees it. What another
 * instance changed is seen here once its notice has arrived, a few milliseconds after its commit;
 * rules that must hold across instances (no double booking) are kept by the database, not here.
 *
 * <p>A value read from the database while a change of its kind was on its way is not kept: each
 * change counts one more generation of the regions it touches, and a read keeps its value only if
 * its region's generation is still the one it began in.
 */
final class ReadCache {

    /**
     * What is kept, and the tables whose changes make it stale. A region is keyed as its tables'
     * notices are, or by one part of their key: {@code client_provider:<client>:<provider>} makes
     * that client's providers list stale, {@code service:<id>:<provider>} that provider's list.
     */
    enum Region {
        /** An account by id. */
        ACCOUNT(Keeps.ABSENCE, WHOLE_KEY, "account"),
        /**
         * The account id of a Telegram user, which never changes once made. Only found ones are
         * kept: a notice names the account's id, not its Telegram user, so it could not take back
         * a kept "nobody".
         */
        ACCOUNT_OF_TELEGRAM_USER(Keeps.FOUND_ONLY, WHOLE_KEY, "account"),
        /** Whether a client has a provider, by "client:provider". */
        CLIENT_PROVIDER(Keeps.ABSENCE, WHOLE_KEY, "client_provider"),
        /** The ids of a client's providers in the order they came, by client id. */
        PROVIDERS_OF(Keeps.ABSENCE, 0, "client_provider"),
        /** The ids of an organization's member specialists in the order they joined, by organization id. */
        MEMBERS_OF(Keeps.ABSENCE, 0, "organization_member"),
        /** A service by id. */
        SERVICE(Keeps.ABSENCE, 0, "service"),
        /** A provider's services that are not archived, by provider id. */
        ACTIVE_SERVICES_OF(Keeps.ABSENCE, 1, "service"),
        /** A specialist's schedule: weekly hours, holidays, vacations, absences and overrides, by specialist id. */
        SCHEDULE(Keeps.ABSENCE, WHOLE_KEY, "schedule", "working_hours", "schedule_exception"),
        /** Whether a client bought any package of a provider, by "client:provider". */
        ANY_PURCHASE(Keeps.ABSENCE, WHOLE_KEY, "package_purchase"),
        /** A provider's profile page, by provider id. */
        PROFILE(Keeps.ABSENCE, WHOLE_KEY, "profile"),
        /** The dialogue a chat is in, by chat id. */
        CONVERSATION(Keeps.ABSENCE, WHOLE_KEY, "conversation_state");

        private final Keeps keeps;
        private final int keyPart;
        private final java.util.List<String> tables;

        Region(Keeps keeps, int keyPart, String... tables) {
            this.keeps = keeps;
            this.keyPart = keyPart;
            this.tables = java.util.List.of(tables);
        }

        /** This region's key for a notice's key, which names the changed row; none if the notice lacks that part. */
        private java.util.Optional<String> keyOf(String noticeKey) {
            if (keyPart == WHOLE_KEY) {
                return java.util.Optional.of(noticeKey);
            }
            String[] parts = noticeKey.split(":");
            return parts.length > keyPart ? java.util.Optional.of(parts[keyPart]) : java.util.Optional.empty();
        }
    }

    private static final int WHOLE_KEY = -1;

    /** Whether an empty answer ({@code Option.none()}) is kept like any other. */
    private enum Keeps { ABSENCE, FOUND_ONLY }

    private static final long ENTRIES_PER_REGION = 50_000;

    private final Map<Region, Cache<String, Object>> regions = new EnumMap<>(Region.class);
    /** Per region, by ordinal; written under the lock, read without it on the way to a kept value. */
    private final AtomicLongArray generations = new AtomicLongArray(Region.values().length);
    private volatile boolean serving;

    ReadCache() {
        for (Region region : Region.values()) {
            regions.put(region, Caffeine.newBuilder().maximumSize(ENTRIES_PER_REGION).build());
        }
    }

    /** The kept value, or what {@code load} reads (kept if nothing changed meanwhile). */
    @SuppressWarnings("unchecked")
    <V> V get(Region region, Object key, Supplier<V> load) {
        if (!serving) {
            return load.get();
        }
        String k = key.toString();
        Cache<String, Object> values = regions.get(region);
        long readIn = generations.get(region.ordinal());
        Object kept = values.getIfPresent(k);
        if (kept != null) {
            return (V) kept;
        }
        V loaded = load.get();
        // the check and the put under the lock every change takes: no change slips in between
        synchronized (this) {
            boolean absent = loaded instanceof io.vavr.control.Option<?> found && found.isEmpty();
            if (serving && generations.get(region.ordinal()) == readIn && (region.keeps == Keeps.ABSENCE || !absent)) {
                values.put(k, loaded);
            }
        }
        return loaded;
    }

    /** A committed change, as its notice names it: {@code <table>:<key>}, or {@code <table>:*} for all of the table. */
    void changed(String notice) {
        int colon = notice.indexOf(':');
        if (colon < 0) {
            forgetAll();
            return;
        }
        String table = notice.substring(0, colon);
        String key = notice.substring(colon + 1);
        synchronized (this) {
            for (Region region : Region.values()) {
                if (region.tables.contains(table)) {
                    generations.incrementAndGet(region.ordinal());
                    Cache<String, Object> values = regions.get(region);
                    java.util.Optional<String> regionKey = key.equals("*") ? java.util.Optional.empty() : region.keyOf(key);
                    regionKey.ifPresentOrElse(values::invalidate, values::invalidateAll);
                }
            }
        }
    }

    /** A change this instance committed, forgotten at once rather than when its notice arrives. */
    synchronized void changed(Region region, Object key) {
        generations.incrementAndGet(region.ordinal());
        regions.get(region).invalidate(key.toString());
    }

    /** Starts serving, empty: the listener has just begun to hear every change. */
    synchronized void serve() {
        forgetAll();
        serving = true;
    }

    /** Stops serving and forgets everything: changes may now go unheard. */
    synchronized void stop() {
        serving = false;
        forgetAll();
    }

    synchronized void forgetAll() {
        for (Region region : Region.values()) {
            generations.incrementAndGet(region.ordinal());
        }
        regions.values().forEach(Cache::invalidateAll);
    }

    boolean serving() {
        return serving;
    }

    /** How many values a region keeps now, for tests. */
    long size(Region region) {
        Cache<String, Object> values = regions.get(region);
        values.cleanUp();
        return values.estimatedSize();
    }

    /** A key of several columns, written as the notices write it. */
    static String key(Object first, Object second) {
        return first + ":" + second;
    }
}
