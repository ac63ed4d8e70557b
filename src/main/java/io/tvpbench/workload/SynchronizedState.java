package io.tvpbench.workload;

/** {@link Sharing#SYNCHRONIZED}: the JVM's built-in monitor around everything (unpinned for virtual threads from JDK 24). */
final class SynchronizedState implements SharedState {

    private final PlainTotals totals = new PlainTotals();

    @Override
    public Sharing mode() {
        return Sharing.SYNCHRONIZED;
    }

    @Override
    public synchronized void add(int key, long amount) {
        totals.add(key, amount);
    }

    @Override
    public synchronized long[] snapshot() {
        return totals.snapshot();
    }

    @Override
    public synchronized void reset() {
        totals.reset();
    }
}
