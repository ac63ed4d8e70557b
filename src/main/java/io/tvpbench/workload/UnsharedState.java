package io.tvpbench.workload;

/**
 * {@link Sharing#NONE}: no common state. A task's own state is its result, so an update touches nothing shared
 * and the final state is the one a task checksum check already verifies.
 */
final class UnsharedState implements SharedState {

    @Override
    public Sharing mode() {
        return Sharing.NONE;
    }

    @Override
    public void add(int key, long amount) {
        // the task keeps its own state: its result
    }

    @Override
    public long[] snapshot() {
        return new long[LONGS];
    }

    @Override
    public void reset() {
        // nothing shared
    }
}
