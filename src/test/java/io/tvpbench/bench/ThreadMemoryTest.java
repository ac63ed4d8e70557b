package io.tvpbench.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The footprint of parked virtual threads from class histograms: positive whatever the collector, or a failure. */
class ThreadMemoryTest {

    private static final int THREADS = 500;

    @Test
    void parkedVirtualThreadsGrowTheHistogramByTheirOwnObjects() throws InterruptedException {
        ThreadMemory.Snapshot before = new ThreadMemory.Snapshot(ThreadMemory.liveObjects(), 0);
        CountDownLatch parked = new CountDownLatch(THREADS);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            threads.add(Thread.ofVirtual().start(() -> {
                parked.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        parked.await();
        for (Thread thread : threads) {
            while (thread.getState() != Thread.State.WAITING) {
                Thread.yield();
            }
        }
        Map<String, ThreadMemory.Live> after = ThreadMemory.liveObjects();
        long growth = new ThreadMemory.Snapshot(after, 0).growthSince(before, THREADS, true);
        release.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        long virtualThreads = after.get("java.lang.VirtualThread").instances()
                - before.classes().getOrDefault("java.lang.VirtualThread", new ThreadMemory.Live(0, 0)).instances();
        assertTrue(virtualThreads >= THREADS, "the histogram sees every parked virtual thread: " + virtualThreads);
        assertTrue(after.containsKey("jdk.internal.vm.StackChunk"), "a parked virtual thread keeps its frames in a stack chunk");
        assertTrue(growth > 0, "growth " + growth);
    }

    @Test
    void growthThatIsNotPositiveFailsTheMeasurement() {
        ThreadMemory.Snapshot same = new ThreadMemory.Snapshot(Map.of("java.lang.VirtualThread", new ThreadMemory.Live(10, 800)), 0);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> same.growthSince(same, 10, true));
        assertTrue(e.getMessage().contains("failed"), e.getMessage());
    }

    @Test
    void readsTheJdkHistogramFormat() {
        String histogram = """
                 num     #instances         #bytes  class name (module)
                -------------------------------------------------------
                   1:          1000          88000  java.lang.VirtualThread (java.base@25.0.1)
                   2:          1000        1040000  jdk.internal.vm.StackChunk (java.base@25.0.1)
                   3:            12            480  [B (java.base@25.0.1)
                Total          2012        1128480
                """;
        Map<String, ThreadMemory.Live> classes = ThreadMemory.parseHistogram(histogram);
        assertEquals(new ThreadMemory.Live(1000, 88000), classes.get("java.lang.VirtualThread"));
        assertEquals(3, classes.size());
    }
}
