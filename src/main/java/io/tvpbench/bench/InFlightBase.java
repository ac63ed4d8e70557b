package io.tvpbench.bench;

import org.openjdk.jmh.annotations.Param;

/**
 * The scenario params of the blocking workloads: how long a task waits and how many tasks are in flight at once.
 * The window holds exactly {@code concurrency} tasks (within 1%), a new one starting as one finishes, so the ideal
 * score is {@code concurrency / latency} tasks per second; the timer floors of {@link TimerFloorBenchmark} say
 * how close each waiting mechanism can get.
 */
public abstract class InFlightBase extends ThroughputBase {

    @Param({"1", "10"})
    public int latencyMs;

    @Param({"100", "1000"})
    public int concurrency;

    @Override
    Window window(int cores) {
        return Window.concurrency(concurrency);
    }
}
