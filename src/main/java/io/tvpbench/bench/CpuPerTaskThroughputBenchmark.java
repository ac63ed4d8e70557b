package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: starting a thread (or a JVM) per task is affordable only when the task is coarse; at 1 ms of work a
 * new platform thread per task costs a few percent against a pool, while a new child JVM per task costs more
 * than the work itself. Only the coarse grain is offered: at 10 us these strategies measure nothing but their
 * start-up, which {@link StartupCostBenchmark} measures directly.
 * <p>
 * Timing includes starting a thread or a child JVM per task for a batch of 16 tasks (at most {@code cores}
 * children alive at once), running them, ending them and checking every checksum against SEQUENTIAL's; it
 * excludes computing the reference checksums (once per trial).
 * Score: tasks per second.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar CpuPerTaskThroughputBenchmark -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
@OperationsPerInvocation(CpuPerTaskThroughputBenchmark.TASKS)
public class CpuPerTaskThroughputBenchmark extends ThroughputBase {

    static final int TASKS = 16;

    @Param({Vocabulary.THREAD_PER_TASK, Vocabulary.PROCESS_PER_TASK})
    public Strategy strategy;

    @Param({Vocabulary.CPU, Vocabulary.CPU_GIL})
    public Workload workload;

    @Param({"1ms"})
    public String grain;
}
