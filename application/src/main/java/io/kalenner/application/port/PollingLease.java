package io.kalenner.application.port;

/**
 * The right to take Telegram's updates by long polling, seen by one holder (one instance of the
 * program). Of all the holders on one store at most one holds it at a time, so only one instance
 * polls; a holder whose process dies loses it without a word, and another may then take it.
 */
public interface PollingLease {

    /**
     * Takes the lease if nobody holds it. True when this holder holds it afterwards, also when it
     * already did; false when another holds it or the store cannot be reached.
     */
    boolean tryAcquire();

    /**
     * Whether this holder still holds the lease, checked against the store: false before it was
     * taken, after {@link #release()}, and once the hold was lost (its connection broke).
     */
    boolean isHeld();

    /** Gives the lease up, if held, so another holder may take it; harmless when not held. */
    void release();
}
