package io.tvpbench.workload;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventLoopTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Test
    void subMillisecondTimersAllFireAndNeverEarly() {
        AtomicReference<Throwable> error = new AtomicReference<>();
        int count = 300;
        long[] deadlines = new long[count];
        long[] fired = new long[count];
        List<Integer> order = new ArrayList<>();
        CountDownLatch left = new CountDownLatch(count);
        assertTimeoutPreemptively(LIMIT, () -> {
            try (EventLoop loop = new EventLoop("tvp-test-loop", error::set)) {
                loop.execute(() -> {
                    for (int i = 0; i < count; i++) {
                        int task = i;
                        long delay = 100 + (i * 7919L) % 2900;
                        deadlines[i] = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(delay);
                        loop.schedule(delay, TimeUnit.MICROSECONDS, () -> {
                            fired[task] = System.nanoTime();
                            order.add(task);
                            left.countDown();
                        });
                    }
                });
                left.await();
            }
        });
        assertNull(error.get());
        for (int i = 0; i < count; i++) {
            assertTrue(fired[i] >= deadlines[i], "timer " + i + " fired before its deadline");
        }
        assertEquals(count, order.size());
    }

    @Test
    void workFromAnotherThreadWakesALoopParkedBeforeATimer() {
        AtomicReference<Throwable> error = new AtomicReference<>();
        assertTimeoutPreemptively(LIMIT, () -> {
            try (EventLoop loop = new EventLoop("tvp-test-loop", error::set)) {
                CountDownLatch timer = new CountDownLatch(1);
                loop.schedule(5, TimeUnit.SECONDS, timer::countDown);
                for (int i = 0; i < 100; i++) {
                    CountDownLatch ran = new CountDownLatch(1);
                    loop.schedule(500 + i, TimeUnit.MICROSECONDS, () -> { });
                    loop.execute(ran::countDown);
                    ran.await();
                }
                assertEquals(1, timer.getCount(), "the 5 s timer has not fired");
            }
        });
        assertNull(error.get());
    }
}
