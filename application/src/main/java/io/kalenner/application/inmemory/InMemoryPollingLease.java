package io.kalenner.application.inmemory;

import io.kalenner.application.port.PollingLease;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A polling lease within one process: of this lease and its {@linkplain #rival() rivals} the
 * first to take it holds it until it releases it.
 */
public final class InMemoryPollingLease implements PollingLease {

    private final AtomicReference<InMemoryPollingLease> holder;

    /** A lease nobody else competes for (until a {@linkplain #rival() rival} is made). */
    public InMemoryPollingLease() {
        this(new AtomicReference<>());
    }

    private InMemoryPollingLease(AtomicReference<InMemoryPollingLease> holder) {
        this.holder = holder;
    }

    /** Another holder competing for the same lease. */
    public InMemoryPollingLease rival() {
        return new InMemoryPollingLease(holder);
    }

    @Override
    public boolean tryAcquire() {
        return holder.compareAndSet(null, this) || isHeld();
    }

    @Override
    public boolean isHeld() {
        return holder.get() == this;
    }

    @Override
    public void release() {
        holder.compareAndSet(this, null);
    }
}
