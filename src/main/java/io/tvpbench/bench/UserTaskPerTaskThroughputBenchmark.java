package io.tvpbench.bench;

import io.tvpbench.strategy.Strategy;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: a new thread per call of your task costs little beside it, a new child JVM per call (with your
 * classpath to load and your {@code setUp} to run each time) costs more than most tasks do.
 * <p>
 * Timing includes each call on its own new thread or child JVM, two per core in flight by default, start-up
 * included, and the checksum check. Score: tasks per second.
 * <p>
 * Run: {@code scripts/tvp run --task com.acme.MyTask --classpath app.jar}
 */
public class UserTaskPerTaskThroughputBenchmark extends UserTaskBase {

    @Param({"THREAD_PER_TASK", "PROCESS_PER_TASK"})
    public Strategy strategy;

    /** Two calls per core in flight: enough to keep the cores busy while the next thread or JVM starts. */
    @Override
    Window defaultWindow(int cores) {
        return Window.concurrency(2 * cores);
    }
}
