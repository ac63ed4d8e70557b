package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: a CPU slice followed by a wait is where the strategies part ways: overlapping waits pays until the
 * CPU slices saturate the cores ({@code cores / grain} tasks per second), so with a 1 ms slice the many-threads
 * strategies all hit the CPU ceiling, while ASYNC, whose slices run on the loop threads, only scales with its
 * loops. FIXED_POOL's sizing is compared in {@link MixedFixedPoolThroughputBenchmark}.
 * <p>
 * Timing includes keeping {@code concurrency} MIXED tasks in flight, a new one submitted as one finishes, and checking
 * each checksum against SEQUENTIAL's; it excludes starting the runner, once per trial. Score: tasks per
 * second.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar MixedThroughputBenchmark -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
public class MixedThroughputBenchmark extends InFlightBase {

    @Param({Vocabulary.THREAD_PER_TASK, Vocabulary.FORK_JOIN, Vocabulary.VIRTUAL, Vocabulary.ASYNC, Vocabulary.PROCESS_POOL})
    public Strategy strategy;

    @Param({Vocabulary.MIXED})
    public Workload workload;

    @Param({"1ms"})
    public String grain;
}
