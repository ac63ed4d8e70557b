package io.tvpbench.workload;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * {@link Sharing#ATOMIC}: lock-free, an {@link AtomicLong} counter and an {@link AtomicLongArray} of totals. The
 * parent side of {@link Sharing#MESSAGE} is one too: the threads that read the children's messages apply them.
 */
final class AtomicState implements SharedState {

    private final Sharing mode;
    private final AtomicLong counter = new AtomicLong();
    private final AtomicLongArray totals = new AtomicLongArray(KEYS);

    AtomicState(Sharing mode) {
        this.mode = mode;
    }

    @Override
    public Sharing mode() {
        return mode;
    }

    @Override
    public void add(int key, long amount) {
        counter.incrementAndGet();
        totals.addAndGet(key, amount);
    }

    @Override
    public long[] snapshot() {
        long[] sum = new long[LONGS];
        sum[0] = counter.get();
        for (int k = 0; k < KEYS; k++) {
            sum[k + 1] = totals.get(k);
        }
        return sum;
    }

    @Override
    public void reset() {
        counter.set(0);
        for (int k = 0; k < KEYS; k++) {
            totals.set(k, 0);
        }
    }
}
