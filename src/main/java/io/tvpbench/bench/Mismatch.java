package io.tvpbench.bench;

import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;

/** The error for a strategy that computed a checksum other than SEQUENTIAL's: it fails the benchmark loudly. */
final class Mismatch {

    private Mismatch() {
    }

    static IllegalStateException of(String strategy, TaskSpec task, long actual, long expected) {
        if (task.workload() == Workload.USER_TASK) {
            return new IllegalStateException(UserTaskProblems.PREFIX + "is not deterministic: task #" + task.index()
                    + " returned " + actual + " under " + strategy + ", " + expected + " under SEQUENTIAL");
        }
        return new IllegalStateException(strategy + " computed a wrong checksum for " + task.describe() + ": "
                + Long.toHexString(actual) + ", SEQUENTIAL computed " + Long.toHexString(expected));
    }
}
