package io.tvpbench.workload;

import java.util.Arrays;

/** A counter and per-key totals in plain fields: safe only while one thread at a time touches them. */
final class PlainTotals {

    private long counter;
    private final long[] totals = new long[SharedState.KEYS];

    void add(int key, long amount) {
        counter++;
        totals[key] += amount;
    }

    /** Adds this state into {@code sum} (counter, then totals). */
    void addTo(long[] sum) {
        sum[0] += counter;
        for (int k = 0; k < totals.length; k++) {
            sum[k + 1] += totals[k];
        }
    }

    long[] snapshot() {
        long[] sum = new long[SharedState.LONGS];
        addTo(sum);
        return sum;
    }

    void reset() {
        counter = 0;
        Arrays.fill(totals, 0);
    }
}
