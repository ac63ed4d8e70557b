package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: starting a thread (or a JVM) per task is affordable only when the task is coarse; at 1 ms of work a
 * new platform thread per task costs a few percent against a pool, while a new child JVM per task costs more
 * than the work itself. Only the coarse grain is offered: at 10 us these strategies measure nothing but their
 * start-up, which {@link StartupCostBenchmark} measures directly.
 * <p>
 * Timing includes starting a thread or a child JVM per task, with two tasks in flight per core (at most
 * {@code cores} children alive at once, one waiting to start each), running it, ending it and checking its checksum against SEQUENTIAL's; it excludes
 * computing the reference checksums (once per trial). Score: tasks per second. A spawn family, exempt from
 * iterations of many tasks: a child JVM per task costs about 100 ms, so an iteration holds only a few of them
 * and the forks, not the iterations, carry the precision.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar CpuPerTaskThroughputBenchmark -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
public class CpuPerTaskThroughputBenchmark extends ThroughputBase {

    @Param({Vocabulary.THREAD_PER_TASK, Vocabulary.PROCESS_PER_TASK})
    public Strategy strategy;

    @Param({Vocabulary.CPU, Vocabulary.CPU_GIL})
    public Workload workload;

    @Param({"1ms"})
    public String grain;

    @Override
    Window window(int cores) {
        return Window.concurrency(2 * cores);
    }
}
