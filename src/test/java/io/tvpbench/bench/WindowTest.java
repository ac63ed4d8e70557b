package io.tvpbench.bench;

import io.tvpbench.workload.Grain;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowTest {

    @Test
    void aCpuWindowHoldsAFewMillisecondsOfWorkPerWorkerSoCoarseTasksSwingTheCountLittle() {
        assertEquals(new Window(256, 128), Window.work(2, Grain.parseNanos("10us"), 256), "fine tasks keep the deep queue");
        assertEquals(new Window(512, 256), Window.work(2, Grain.parseNanos("10us"), 512), "a process pool's deeper cap holds");
        Window coarse = Window.work(2, Grain.parseNanos("1ms"), 256);
        assertEquals(new Window(8, 4), coarse);
        // the most an iteration's count can differ from its completions: the window's swing, under 2% of the
        // 500 tasks of 1 ms two cores complete in a 250 ms iteration
        assertTrue(coarse.size() - coarse.refillAt() <= 0.02 * 500);
        assertEquals(new Window(4, 2), Window.work(1, Grain.parseNanos("1ms"), 256));
        assertEquals(new Window(4, 2), Window.work(2, Grain.parseNanos("10ms"), 256), "at least two tasks per worker");
    }
}
