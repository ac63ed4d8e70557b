package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Pipeline;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: on CPU-bound tasks every pooled strategy scales with the cores, the fine grain (10us) exposes each
 * strategy's per-task dispatch overhead, and under the emulated GIL (CPU_GIL) threads stop scaling while
 * separate processes keep scaling, each having its own lock. Strategies that spawn per task are in
 * {@link CpuPerTaskThroughputBenchmark} (coarse grain only).
 * <p>
 * Timing includes submitting each task to a window of about 4 ms of work per core in flight (256 tasks of 10 µs,
 * 4 of 1 ms per core; refilled when half empty; PROCESS_POOL's deeper at the fine grain where its children hold
 * more, {@link ProcessPoolPipelineThroughputBenchmark#window}), running it and
 * checking its checksum against SEQUENTIAL's; it excludes creating the runner (see {@link StartupCostBenchmark}) and computing the
 * reference checksums, both done once per trial. Score: tasks per second.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar CpuThroughputBenchmark -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
public class CpuThroughputBenchmark extends ThroughputBase {

    @Param({Vocabulary.SEQUENTIAL, Vocabulary.FIXED_POOL, Vocabulary.FORK_JOIN, Vocabulary.VIRTUAL,
            Vocabulary.PROCESS_POOL})
    public Strategy strategy;

    @Param({Vocabulary.CPU, Vocabulary.CPU_GIL})
    public Workload workload;

    @Param({"10us", "1ms"})
    public String grain;

    @Override
    Window window(int cores) {
        int cap = strategy == Strategy.PROCESS_POOL
                ? ProcessPoolPipelineThroughputBenchmark.window(Pipeline.DEFAULT, cores).size() : 256;
        return Window.work(Math.max(1, cores), Grain.parseNanos(grain), cap);
    }
}
