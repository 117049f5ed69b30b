package io.kalenner.application.port;

import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the port contracts: each test asks {@link #ports()} for the ports under test after
 * {@link #reset()}. A contract writes only inside {@link Transactions#inTransaction}, as the use
 * cases do, and stores every account, service and appointment it refers to, so a database's
 * foreign keys hold. Tests make their own accounts with fresh ids and do not need empty storage,
 * except the outbox's: {@code claim} and {@code depth} see every notification.
 */
public abstract class PortContract {

    private Ports ports;
    private Seed seed;

    /** The ports under test. Called once before each test, after {@link #reset()}. */
    protected abstract Ports ports();

    /**
     * Empties the storage behind {@link #ports()}; nothing to do when {@link #ports()} starts
     * empty each time. A database truncates its tables here (the outbox's at least).
     */
    protected void reset() {}

    @BeforeEach
    final void openPorts() {
        reset();
        ports = ports();
        seed = new Seed(ports);
    }

    /** The ports of the running test. */
    final Ports under() {
        return ports;
    }

    final Seed seed() {
        return seed;
    }
}
