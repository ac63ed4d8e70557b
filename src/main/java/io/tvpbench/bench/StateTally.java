package io.tvpbench.bench;

import io.tvpbench.workload.SharedState;
import io.tvpbench.workload.TaskSpec;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What a shared state must hold after a set of completed SHARED_STATE tasks: each verified completion of a task
 * that updates adds one to the counter and its checksum to the total of its key, as the task itself did. Sums
 * wrap and commute, so once no task is in flight the state must equal the tally exactly, whatever the order.
 */
final class StateTally {

    private final String name;
    private final SharedState state;
    private final AtomicLongArray expected = new AtomicLongArray(SharedState.LONGS);

    /** A tally for {@code state}, starting from its current contents. */
    StateTally(String name, SharedState state) {
        this.name = name;
        this.state = state;
        long[] now = state.snapshot();
        for (int i = 0; i < now.length; i++) {
            expected.set(i, now[i]);
        }
    }

    /** Counts one completion of {@code task} whose checksum was verified to be {@code checksum}. */
    void completed(TaskSpec task, long checksum) {
        if (task.updatesState()) {
            expected.incrementAndGet(0);
            expected.addAndGet(1 + SharedState.key(checksum), checksum);
        }
    }

    /**
     * Compares the state with the tally; the caller has seen every counted task complete and none is in flight.
     *
     * @throws IllegalStateException naming the first difference: an update lost or one too many
     */
    void check() {
        long[] actual = state.snapshot();
        long[] want = new long[SharedState.LONGS];
        for (int i = 0; i < want.length; i++) {
            want[i] = expected.get(i);
        }
        int i = Arrays.mismatch(actual, want);
        if (i >= 0) {
            String what = i == 0 ? "update counter is " + actual[0] + ", its completed tasks made " + want[0]
                    : "total of key " + (i - 1) + " is " + Long.toHexString(actual[i]) + ", its completed tasks made "
                    + Long.toHexString(want[i]);
            throw new IllegalStateException(name + " left a wrong shared state: " + what);
        }
    }
}
