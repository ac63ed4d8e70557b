package io.tvpbench.workload;

import java.util.concurrent.atomic.LongAdder;

/** {@link Sharing#ADDER}: {@link LongAdder}s, which spread contended updates over cells and sum them when read. */
final class AdderState implements SharedState {

    private final LongAdder counter = new LongAdder();
    private final LongAdder[] totals = new LongAdder[KEYS];

    AdderState() {
        for (int k = 0; k < KEYS; k++) {
            totals[k] = new LongAdder();
        }
    }

    @Override
    public Sharing mode() {
        return Sharing.ADDER;
    }

    @Override
    public void add(int key, long amount) {
        counter.increment();
        totals[key].add(amount);
    }

    @Override
    public long[] snapshot() {
        long[] sum = new long[LONGS];
        sum[0] = counter.sum();
        for (int k = 0; k < KEYS; k++) {
            sum[k + 1] = totals[k].sum();
        }
        return sum;
    }

    @Override
    public void reset() {
        counter.reset();
        for (LongAdder total : totals) {
            total.reset();
        }
    }
}
