package io.tvpbench.workload;

/**
 * State that every task of a run updates: a counter of updates and per-key totals over {@value #KEYS} keys. Sums
 * wrap and commute, so the final state is the same whatever order the updates arrive in, and any strategy's final
 * state must equal SEQUENTIAL's exactly. Implementations differ only in how they make an update safe.
 */
public interface SharedState extends AutoCloseable {

    /** The fixed key space of the per-key totals. */
    int KEYS = 64;
    /** Longs in a snapshot: the counter, then the totals. */
    int LONGS = KEYS + 1;

    /** Which sharing mode this state implements. */
    Sharing mode();

    /** One update: the counter goes up by one and the total of {@code key} by {@code amount}. */
    void add(int key, long amount);

    /** The counter followed by the totals; the caller has seen every update finish (a batch has completed). */
    long[] snapshot();

    /** Back to zero, between batches, while no task runs. */
    void reset();

    /**
     * The view one thread updates. Thread-safe states are their own view; a {@link Sharing#CONFINED} state gives
     * each owning thread (an event loop) a shard of its own, summed by {@link #snapshot}.
     */
    default SharedState forOneThread() {
        return this;
    }

    /** Releases what the state holds outside the heap (a shared-memory file); most hold nothing. */
    @Override
    default void close() {
    }

    /** The key a task's result updates. */
    static int key(long value) {
        return (int) (value >>> 58);
    }
}
