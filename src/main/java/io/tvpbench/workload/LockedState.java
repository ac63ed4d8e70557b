package io.tvpbench.workload;

import java.util.concurrent.locks.ReentrantLock;

/** {@link Sharing#LOCK}: one {@link ReentrantLock} (non-fair, as a Python {@code threading.Lock}) around everything. */
final class LockedState implements SharedState {

    private final ReentrantLock lock = new ReentrantLock();
    private final PlainTotals totals = new PlainTotals();

    @Override
    public Sharing mode() {
        return Sharing.LOCK;
    }

    @Override
    public void add(int key, long amount) {
        lock.lock();
        try {
            totals.add(key, amount);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long[] snapshot() {
        lock.lock();
        try {
            return totals.snapshot();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void reset() {
        lock.lock();
        try {
            totals.reset();
        } finally {
            lock.unlock();
        }
    }
}
