package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: a fixed pool sized to the cores starves blocking I/O (about {@code cores / latency} tasks per
 * second), and one sized to the concurrency matches virtual threads' throughput while holding one platform
 * thread per in-flight wait ({@code peakThreads}). Its own class because {@code poolSize} means something only for
 * FIXED_POOL.
 * <p>
 * Timing includes keeping {@code concurrency} tasks in flight, a new one submitted as one finishes, and checking
 * each checksum against SEQUENTIAL's; it excludes starting the pool and the echo server, once per trial.
 * Score: tasks per second.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar IoFixedPoolThroughputBenchmark -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
public class IoFixedPoolThroughputBenchmark extends InFlightBase {

    @Param({Vocabulary.FIXED_POOL})
    public Strategy strategy;

    @Param({Vocabulary.IO_SLEEP, Vocabulary.IO_SOCKET})
    public Workload workload;

    @Param({"CORES", "CONCURRENCY"})
    public PoolSize poolSize;
}
