package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: on mixed CPU-then-wait tasks a pool sized to the cores idles its threads during the waits, one
 * sized to the concurrency overlaps them and reaches the CPU ceiling, as virtual threads do in
 * {@link MixedThroughputBenchmark}. Its own class because {@code poolSize} means something only for FIXED_POOL.
 * <p>
 * Timing includes keeping {@code concurrency} MIXED tasks in flight, a new one submitted as one finishes, and checking
 * each checksum against SEQUENTIAL's; it excludes starting the pool, once per trial. Score: tasks per second.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar MixedFixedPoolThroughputBenchmark -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
public class MixedFixedPoolThroughputBenchmark extends InFlightBase {

    @Param({Vocabulary.FIXED_POOL})
    public Strategy strategy;

    @Param({Vocabulary.MIXED})
    public Workload workload;

    @Param({"1ms"})
    public String grain;

    @Param({"CORES", "CONCURRENCY"})
    public PoolSize poolSize;
}
