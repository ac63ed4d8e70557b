package io.tvpbench.workload;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per JVM that Python-like work must hold, handed over as CPython 3.2+ hands over its global interpreter
 * lock (Python/ceval_gil.h): the holder keeps it while nobody asks; a thread that has waited a whole switch
 * interval without seeing a switch sets a drop request; the holder, which looks at the request between small
 * steps of work ({@link #yieldIfRequested()}), drops the lock and waits until another thread has taken it, so it
 * cannot take it straight back. Separate JVMs each have their own, as separate Python processes do.
 * <p>
 * The lock is reentrant per thread, so a thread that holds it to hand out tasks can also run one inline. Waiting
 * for it cannot be interrupted, as in CPython; an interrupt is kept for the next blocking call.
 */
public final class GilLock {

    /** CPython's default switch interval, {@code sys.getswitchinterval()}. */
    public static final Duration DEFAULT_SWITCH_INTERVAL = Duration.ofMillis(5);

    /**
     * The system property that sets the JVM-wide lock's switch interval ({@code 50us}, {@code 5ms}): a
     * sensitivity setting, as {@code sys.setswitchinterval()} is in CPython.
     */
    public static final String SWITCH_INTERVAL_PROPERTY = "tvp.gil.switchInterval";

    private static final GilLock GLOBAL = new GilLock(configuredInterval(System.getProperty(SWITCH_INTERVAL_PROPERTY)));

    private final long intervalNanos;
    private final ReentrantLock mutex = new ReentrantLock();
    private final Condition released = mutex.newCondition();
    private final Condition switched = mutex.newCondition();
    private volatile boolean dropRequest;
    private Thread holder;
    private int depth;
    private Thread lastHolder;
    private int waiters;
    private long acquisitions;
    private long switches;
    private long requests;
    private long drops;

    public GilLock(Duration switchInterval) {
        if (switchInterval.isNegative() || switchInterval.isZero()) {
            throw new IllegalArgumentException("switch interval must be positive: " + switchInterval);
        }
        this.intervalNanos = switchInterval.toNanos();
    }

    /** The JVM-wide lock that every CPU_GIL task in this JVM shares. */
    public static GilLock global() {
        return GLOBAL;
    }

    /** The switch interval written in {@link #SWITCH_INTERVAL_PROPERTY}, or CPython's default when it is unset. */
    static Duration configuredInterval(String property) {
        if (property == null || property.isBlank()) {
            return DEFAULT_SWITCH_INTERVAL;
        }
        try {
            return Duration.ofNanos(Grain.parseNanos(property));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad -D" + SWITCH_INTERVAL_PROPERTY + ": " + e.getMessage(), e);
        }
    }

    public Duration switchInterval() {
        return Duration.ofNanos(intervalNanos);
    }

    /** Takes the lock, waiting as CPython's {@code take_gil} does; a holder taking it again only counts up. */
    public void acquire() {
        Thread me = Thread.currentThread();
        mutex.lock();
        try {
            if (holder == me) {
                depth++;
            } else {
                awaitTurn(me, 1);
            }
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Gives the lock up once taken as often as it was acquired, waking one waiter; with a drop request pending,
     * waits until another thread has taken it, as CPython's {@code drop_gil} does.
     */
    public void release() {
        mutex.lock();
        try {
            requireHolder();
            if (--depth == 0) {
                drop(Thread.currentThread());
            }
        } finally {
            mutex.unlock();
        }
    }

    /**
     * The interpreter's eval-breaker check, called by the holder between small steps of work: when a waiter has
     * asked, drops the lock, waits until another thread has taken it, then queues for it again.
     */
    public void yieldIfRequested() {
        if (!dropRequest) {
            return;
        }
        Thread me = Thread.currentThread();
        mutex.lock();
        try {
            requireHolder();
            if (!dropRequest) {
                return;
            }
            int held = depth;
            depth = 0;
            drop(me);
            awaitTurn(me, held);
        } finally {
            mutex.unlock();
        }
    }

    /** What the lock has done so far, for tests and diagnostics. */
    public Counts counts() {
        mutex.lock();
        try {
            return new Counts(acquisitions, switches, requests, drops);
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Frees the lock, the mutex held and the depth at 0, waking one waiter; when a waiter has asked, honours the
     * request: waits until another thread has taken the lock, so this one cannot take it straight back.
     */
    private void drop(Thread me) {
        holder = null;
        released.signal();
        if (dropRequest) {
            dropRequest = false;
            drops++;
            while (lastHolder == me && waiters > 0) {
                switched.awaitUninterruptibly();
            }
        }
    }

    /**
     * Waits, the mutex held, until the lock is free, asking the holder to drop it after each switch interval
     * without a switch. A wake-up that finds the lock taken again by the same holder does not restart the
     * interval: CPython's {@code take_gil} restarts it, but there the pool worker keeps the lock from task to
     * task, where this one lets it go and takes it straight back at each task's end, waking a waiter for
     * nothing; restarting on those wake-ups would let a worker that runs task after task keep the lock forever.
     */
    private void awaitTurn(Thread me, int holdDepth) {
        boolean interrupted = false;
        waiters++;
        try {
            long seen = switches;
            long deadline = System.nanoTime() + intervalNanos;
            while (holder != null) {
                long now = System.nanoTime();
                if (switches != seen) {
                    seen = switches;
                    deadline = now + intervalNanos;
                } else if (now - deadline >= 0) {
                    if (!dropRequest) {
                        dropRequest = true;
                        requests++;
                    }
                    deadline = now + intervalNanos;
                }
                try {
                    released.awaitNanos(deadline - now);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            waiters--;
        }
        holder = me;
        depth = holdDepth;
        acquisitions++;
        if (lastHolder != me) {
            lastHolder = me;
            switches++;
        }
        dropRequest = false;
        switched.signalAll();
        if (interrupted) {
            me.interrupt();
        }
    }

    private void requireHolder() {
        if (holder != Thread.currentThread()) {
            throw new IllegalMonitorStateException("the GIL is held by " + holder + ", not " + Thread.currentThread());
        }
    }

    /**
     * Counters of the lock's life.
     *
     * @param acquisitions times a thread took the lock it did not hold (reentrant takes not counted)
     * @param switches     times the lock went to a thread other than its last holder
     * @param requests     drop requests set by waiters after a silent switch interval
     * @param drops        times a holder dropped the lock because of a request
     */
    public record Counts(long acquisitions, long switches, long requests, long drops) {
    }
}
