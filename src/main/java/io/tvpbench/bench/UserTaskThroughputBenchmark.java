package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: your own task, not a synthetic kernel, decides the strategy: CPU-bound work scales on any pool up
 * to the cores, blocking work on virtual threads (or ASYNC, where the task has a non-blocking form), and a pool
 * of child JVMs pays only when a task is long enough to hide the pipe round trip.
 * <p>
 * Timing includes submitting each call into a window of calls in flight (100 by default, {@code concurrency} when
 * set), running it and checking its checksum against a sequential run's; it excludes loading the task, its {@code setUp} and starting the runner
 * (threads, loops, child JVMs: see {@link UserTaskStartupBenchmark}), all once per trial. Score: tasks per second.
 * <p>
 * Run: {@code scripts/tvp run --task com.acme.MyTask --classpath app.jar}
 */
public class UserTaskThroughputBenchmark extends UserTaskBase {

    @Param({Vocabulary.SEQUENTIAL, Vocabulary.FIXED_POOL, Vocabulary.FORK_JOIN, Vocabulary.VIRTUAL, Vocabulary.ASYNC,
            Vocabulary.PROCESS_POOL})
    public Strategy strategy;

    /** A queue of 100 calls, deep enough to keep every worker busy. */
    @Override
    Window defaultWindow(int cores) {
        return Window.queue(100);
    }
}
