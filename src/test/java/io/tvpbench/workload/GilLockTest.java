package io.tvpbench.workload;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-over protocol of CPython 3.2+ (Python/ceval_gil.h) that {@link GilLock} reproduces. */
class GilLockTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    @Test
    void aLoneThreadNeverHandsOffNorIsAskedTo() {
        GilLock gil = new GilLock(Duration.ofMillis(1));
        long iterations = Grain.parse("50ms").iterations();
        assertEquals(CpuKernel.run(7, iterations), CpuKernel.runHolding(gil, 7, iterations), "holding must not change the result");
        assertEquals(new GilLock.Counts(1, 1, 0, 0), gil.counts(), "one take, no request, no drop, however many intervals it ran");
    }

    @Test
    void aWaiterAsksAfterOneIntervalAndGetsTheLockSoonAfter() throws Exception {
        Duration interval = Duration.ofMillis(50);
        GilLock gil = new GilLock(interval);
        AtomicBoolean waiterIn = new AtomicBoolean();
        CountDownLatch holding = new CountDownLatch(1);
        AtomicLong waitedNanos = new AtomicLong();
        Thread holder = Thread.ofPlatform().start(() -> {
            gil.acquire();
            holding.countDown();
            while (!waiterIn.get()) {
                CpuKernel.run(1, CpuKernel.CHECK_EVERY);
                gil.yieldIfRequested();
            }
            gil.release();
        });
        holding.await();
        long start = System.nanoTime();
        gil.acquire();
        waitedNanos.set(System.nanoTime() - start);
        waiterIn.set(true);
        gil.release();
        holder.join();
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(waitedNanos.get());
        assertTrue(waitedMs >= interval.toMillis() - 1, "the holder kept the lock while nobody had asked, yet the waiter had it after " + waitedMs + " ms");
        assertTrue(waitedMs < 3 * interval.toMillis(), "the waiter got the lock only after " + waitedMs + " ms, interval " + interval.toMillis() + " ms");
        assertEquals(1, gil.counts().requests());
        assertEquals(1, gil.counts().drops());
    }

    @Test
    void aWaiterWokenWithoutASwitchStillAsksAfterOneInterval() throws Exception {
        Duration interval = Duration.ofMillis(50);
        GilLock gil = new GilLock(interval);
        AtomicBoolean waiterIn = new AtomicBoolean();
        CountDownLatch holding = new CountDownLatch(1);
        Thread holder = Thread.ofPlatform().start(() -> {
            gil.acquire();
            holding.countDown();
            long start = System.nanoTime();
            while (!waiterIn.get() && System.nanoTime() - start < 40 * interval.toNanos()) {
                CpuKernel.run(1, CpuKernel.CHECK_EVERY);
                gil.yieldIfRequested();
            }
            gil.release();
        });
        holding.await();
        AtomicLong waitedNanos = new AtomicLong();
        Thread waiter = Thread.ofPlatform().start(() -> {
            long start = System.nanoTime();
            gil.acquire();
            waitedNanos.set(System.nanoTime() - start);
            waiterIn.set(true);
            gil.release();
        });
        while (waiter.isAlive()) {
            waiter.interrupt();
            waiter.join(interval.toMillis() / 10);
        }
        holder.join();
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(waitedNanos.get());
        assertTrue(waitedMs < 3 * interval.toMillis(), "woken ten times an interval, the waiter got the lock only after "
                + waitedMs + " ms, interval " + interval.toMillis() + " ms: " + gil.counts());
        assertEquals(1, gil.counts().requests(), "one request, after the first silent interval: " + gil.counts());
    }

    /**
     * A pool worker lets the lock go at the end of each task and takes it straight back for the next, where
     * CPython's worker keeps it: waking a waiter for nothing must not restart its interval, or it never asks.
     */
    @Test
    void aWaiterGetsTheLockWithinAboutOneIntervalFromAHolderThatRetakesItBetweenTasks() throws Exception {
        Duration interval = Duration.ofMillis(50);
        GilLock gil = new GilLock(interval);
        long taskIterations = Grain.parse("2ms").iterations();
        long giveUpNanos = 40 * interval.toNanos();
        AtomicBoolean waiterIn = new AtomicBoolean();
        CountDownLatch working = new CountDownLatch(1);
        Thread worker = Thread.ofPlatform().start(() -> {
            long start = System.nanoTime();
            while (!waiterIn.get() && System.nanoTime() - start < giveUpNanos) {
                gil.acquire();
                working.countDown();
                CpuKernel.runHolding(gil, start, taskIterations);
                gil.release();
            }
        });
        working.await();
        long start = System.nanoTime();
        gil.acquire();
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        waiterIn.set(true);
        gil.release();
        worker.join();
        assertTrue(waitedMs < 3 * interval.toMillis(),
                "the waiter got the lock only after " + waitedMs + " ms, interval " + interval.toMillis() + " ms: " + gil.counts());
    }

    @Test
    void busyThreadsHandOverOnlyOnRequestAtMostOncePerInterval() {
        Duration interval = Duration.ofMillis(5);
        GilLock gil = new GilLock(interval);
        long iterations = Grain.parse("100ms").iterations();
        long[] results = new long[2];
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        long start = System.nanoTime();
        assertTimeoutPreemptively(LIMIT, () -> {
            List<Thread> threads = List.of(0, 1).stream().map(id -> Thread.ofPlatform().start(() -> {
                gil.acquire();
                try {
                    long s = id;
                    for (long done = 0; done < iterations; done += CpuKernel.CHECK_EVERY) {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        s = CpuKernel.run(s, CpuKernel.CHECK_EVERY);
                        inside.decrementAndGet();
                        gil.yieldIfRequested();
                    }
                    results[id] = s;
                } finally {
                    gil.release();
                }
            })).toList();
            for (Thread t : threads) {
                t.join();
            }
        });
        long elapsedNanos = System.nanoTime() - start;
        GilLock.Counts counts = gil.counts();
        assertEquals(1, mostInside.get(), "two threads computed under the lock at once");
        assertTrue(results[0] != 0 && results[1] != 0, "both threads finished");
        assertTrue(counts.drops() >= 1, "the busy holder never gave the lock to the waiting thread: " + counts);
        assertTrue(counts.drops() <= counts.requests(), "a holder dropped the lock nobody asked for: " + counts);
        assertTrue(counts.switches() <= counts.drops() + 2, "the lock changed hands without a request: " + counts);
        assertTrue(counts.requests() <= elapsedNanos / interval.toNanos() + 1,
                "a waiter asked more often than once per interval: " + counts + " in " + elapsedNanos / 1_000_000 + " ms");
    }

    @Test
    void theHolderMayTakeItAgainAndKeepsItUntilTheLastRelease() {
        GilLock gil = new GilLock(Duration.ofMillis(1));
        gil.acquire();
        gil.acquire();
        gil.release();
        gil.release();
        assertEquals(1, gil.counts().acquisitions());
        assertThrows(IllegalMonitorStateException.class, gil::release);
    }

    @Test
    void theDispatchingThreadHoldsTheLockAndHandsItToAWorkerOnRequest() throws Exception {
        List<TaskSpec> gilBatch = TaskSpec.batch(Workload.CPU_GIL, 2, Grain.parse("1us"), 0, 0);
        List<TaskSpec> freeBatch = TaskSpec.batch(Workload.CPU, 2, Grain.parse("1us"), 0, 0);
        GilLock gil = GilLock.global();
        long before = gil.counts().acquisitions();
        try (GilHold none = GilHold.forDispatch(freeBatch)) {
            none.checkpoint();
        }
        assertEquals(before, gil.counts().acquisitions(), "a batch without CPU_GIL tasks takes no lock");
        AtomicBoolean workerRan = new AtomicBoolean();
        assertTimeoutPreemptively(LIMIT, () -> {
            try (GilHold dispatcher = GilHold.forDispatch(gilBatch)) {
                Thread worker = Thread.ofPlatform().start(() -> {
                    CpuKernel.runHolding(gil, 1, 1);
                    workerRan.set(true);
                });
                while (!workerRan.get()) {
                    dispatcher.checkpoint();
                }
                worker.join();
            }
        });
        assertTrue(gil.counts().acquisitions() >= before + 3, "dispatcher, worker, dispatcher again: " + gil.counts());
    }

    @Test
    void theSwitchIntervalIsCPythonsDefaultUnlessConfigured() {
        assertEquals(Duration.ofMillis(5), GilLock.configuredInterval(null));
        assertEquals(Duration.ofNanos(50_000), GilLock.configuredInterval("50us"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> GilLock.configuredInterval("fast"));
        assertTrue(bad.getMessage().contains(GilLock.SWITCH_INTERVAL_PROPERTY), bad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new GilLock(Duration.ZERO));
    }
}
