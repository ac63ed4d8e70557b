package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: in one JVM a payload is passed by reference, so a task costs its checksum and nothing more, at any
 * payload size; {@link DataTransferProcessThroughputBenchmark} shows what moving the bytes costs a process pool.
 * ASYNC and the per-task strategies are left out: the task neither blocks nor is coarse.
 * <p>
 * Timing includes running each task, with 64 in flight, checksumming its payload, and checking the checksum
 * against SEQUENTIAL's; it excludes building the payload (once per size and JVM) and starting the runner, once per trial.
 * Score: tasks per second.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar DataTransferThroughputBenchmark -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
public class DataTransferThroughputBenchmark extends ThroughputBase {

    /** Tasks in flight: deep enough to keep every worker busy, at most 64 MiB of 1 MiB payloads queued. */
    static final int IN_FLIGHT = 64;

    @Param({Vocabulary.SEQUENTIAL, Vocabulary.FIXED_POOL, Vocabulary.FORK_JOIN, Vocabulary.VIRTUAL})
    public Strategy strategy;

    @Param({Vocabulary.DATA_TRANSFER})
    public Workload workload;

    @Param({"1KiB", "1MiB"})
    public String payload;

    @Override
    Window window(int cores) {
        return Window.queue(IN_FLIGHT);
    }
}
