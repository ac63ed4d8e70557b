package io.tvpbench.workload;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link Sharing#CONFINED}: plain fields, no synchronisation at all, because one thread owns them: the caller for
 * SEQUENTIAL, and for ASYNC each event loop a part of its own ({@link #forOneThread}), as each asyncio loop owns
 * its state. A snapshot sums the parts; the completed batch is what makes their plain writes visible to the reader.
 */
final class ConfinedState implements SharedState {

    private final PlainTotals own;
    /** Every owner's part, this one's included; guarded by itself, touched only to add a part, read or reset. */
    private final List<PlainTotals> parts;

    ConfinedState() {
        this(new ArrayList<>());
    }

    private ConfinedState(List<PlainTotals> parts) {
        this.own = new PlainTotals();
        this.parts = parts;
        synchronized (parts) {
            parts.add(own);
        }
    }

    @Override
    public Sharing mode() {
        return Sharing.CONFINED;
    }

    @Override
    public void add(int key, long amount) {
        own.add(key, amount);
    }

    /** A part for one more owning thread, read and reset with the whole; made before any task runs. */
    @Override
    public SharedState forOneThread() {
        return new ConfinedState(parts);
    }

    @Override
    public long[] snapshot() {
        long[] sum = new long[LONGS];
        synchronized (parts) {
            parts.forEach(part -> part.addTo(sum));
        }
        return sum;
    }

    @Override
    public void reset() {
        synchronized (parts) {
            parts.forEach(PlainTotals::reset);
        }
    }
}
