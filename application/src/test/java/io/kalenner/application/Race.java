package io.kalenner.application;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Runs the same call on many threads released at once, so they really race. */
public final class Race {

    private Race() {}

    /** @return each racer's answer, by racer index */
    public static <T> List<T> of(int racers, IntFunction<T> call) {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch ready = new CountDownLatch(racers);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int racer = i;
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(racer);
                }));
            }
            if (!ready.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("the racers did not get ready");
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(30, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new AssertionError("a racer failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
