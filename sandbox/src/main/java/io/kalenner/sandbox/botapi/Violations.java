package io.kalenner.sandbox.botapi;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every violation the bot committed, kept for the test and logged at WARN the moment it happens. */
final class Violations {

    private static final Logger log = LoggerFactory.getLogger(Violations.class);

    private final List<Violation> recorded = new CopyOnWriteArrayList<>();

    void record(String method, String description) {
        recorded.add(new Violation(method, description));
        log.warn("BOT API VIOLATION method={} problem=\"{}\"", method, description);
    }

    List<Violation> all() {
        return List.copyOf(recorded);
    }

    void clear() {
        recorded.clear();
    }
}
