package io.tvpbench.workload;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per JVM that a {@link Workload#CPU_GIL} task must hold while it computes, like CPython's global
 * interpreter lock. The lock is fair, so a thread that releases it at the end of a slice queues behind the
 * waiting ones: threads take turns rather than one starving the others. Separate JVMs each have their own.
 */
public final class GilLock {

    /** Work between two releases; CPython's default switch interval is 5 ms, a slice here is much finer. */
    public static final Grain SLICE = Grain.parse("50us");

    private static final GilLock GLOBAL = new GilLock();

    private final ReentrantLock lock = new ReentrantLock(true);
    private final AtomicInteger holders = new AtomicInteger();
    private final LongAdder acquisitions = new LongAdder();
    private volatile int maxHolders;

    /** The JVM-wide lock that every CPU_GIL task in this JVM shares. */
    public static GilLock global() {
        return GLOBAL;
    }

    public void acquire() {
        lock.lock();
        int now = holders.incrementAndGet();
        if (now > maxHolders) {
            maxHolders = now;
        }
        acquisitions.increment();
    }

    public void release() {
        holders.decrementAndGet();
        lock.unlock();
    }

    /** The most threads ever seen computing under the lock at once: 1 when the lock does its job. */
    public int maxConcurrentHolders() {
        return maxHolders;
    }

    /** Threads waiting for the lock right now (an estimate, as {@link ReentrantLock#getQueueLength()}). */
    public int queueLength() {
        return lock.getQueueLength();
    }

    /** How many slices have been run under the lock. */
    public long acquisitions() {
        return acquisitions.sum();
    }
}
