package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: in one JVM a payload is passed by reference, so a task costs its checksum and nothing more, at any
 * payload size; {@link DataTransferProcessThroughputBenchmark} shows what moving the bytes costs a process pool.
 * ASYNC and the per-task strategies are left out: the task neither blocks nor is coarse.
 * <p>
 * Timing includes running a batch of 64 tasks, each checksumming its payload, and checking the checksums against
 * SEQUENTIAL's; it excludes building the payload (once per size and JVM) and starting the runner, once per trial.
 * Score: tasks per second.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar DataTransferThroughputBenchmark -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
@OperationsPerInvocation(DataTransferThroughputBenchmark.TASKS)
public class DataTransferThroughputBenchmark extends ThroughputBase {

    static final int TASKS = 64;

    @Param({Vocabulary.SEQUENTIAL, Vocabulary.FIXED_POOL, Vocabulary.FORK_JOIN, Vocabulary.VIRTUAL})
    public Strategy strategy;

    @Param({Vocabulary.DATA_TRANSFER})
    public Workload workload;

    @Param({"1KiB", "1MiB"})
    public String payload;
}
