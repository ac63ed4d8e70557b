package io.tvpbench.bench;

import io.tvpbench.strategy.Strategy;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: a new thread per call of your task costs little beside it, a new child JVM per call (with your
 * classpath to load and your {@code setUp} to run each time) costs more than most tasks do.
 * <p>
 * Timing includes a batch of 8 calls, each on its own new thread or child JVM (at most {@code cores} alive at
 * once), start-up included, and the checksum check; the batch is small because a child JVM per call takes tens
 * to hundreds of milliseconds. Score: tasks per second.
 * <p>
 * Run: {@code scripts/tvp run --task com.acme.MyTask --classpath app.jar}
 */
@OperationsPerInvocation(UserTaskPerTaskThroughputBenchmark.TASKS)
public class UserTaskPerTaskThroughputBenchmark extends UserTaskBase {

    static final int TASKS = 8;

    @Param({"THREAD_PER_TASK", "PROCESS_PER_TASK"})
    public Strategy strategy;
}
