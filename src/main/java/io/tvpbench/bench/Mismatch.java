package io.tvpbench.bench;

import io.tvpbench.workload.TaskSpec;

/** The error for a strategy that computed a checksum other than SEQUENTIAL's: it fails the benchmark loudly. */
final class Mismatch {

    private Mismatch() {
    }

    static IllegalStateException of(String strategy, TaskSpec task, long actual, long expected) {
        return new IllegalStateException(strategy + " computed a wrong checksum for " + task.describe() + ": "
                + Long.toHexString(actual) + ", SEQUENTIAL computed " + Long.toHexString(expected));
    }
}
