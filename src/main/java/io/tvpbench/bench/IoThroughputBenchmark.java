package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Workload;
import org.openjdk.jmh.annotations.Param;

/**
 * Hypothesis: on blocking I/O throughput is set by how many waits overlap, not by the cores: a thread per task and
 * virtual threads reach about {@code concurrency / latency} tasks per second, virtual threads on a handful of
 * carriers where THREAD_PER_TASK needs one platform thread per wait (see the {@code peakThreads} metric), ASYNC
 * matches them on its event loops, and FORK_JOIN and PROCESS_POOL (each child runs its tasks one after another), sized to the
 * cores, are capped at {@code cores / latency}.
 * FIXED_POOL's sizing is compared in {@link IoFixedPoolThroughputBenchmark}; SEQUENTIAL is left out because it
 * has no in-flight concurrency to vary (its rate is {@code 1 / latency}).
 * <p>
 * Timing includes keeping {@code concurrency} tasks in flight, a new one submitted as one finishes, and checking
 * each checksum against SEQUENTIAL's; it excludes starting the runner and the loopback echo server, once
 * per trial. Score: tasks per second.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar IoThroughputBenchmark -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
public class IoThroughputBenchmark extends InFlightBase {

    @Param({Vocabulary.THREAD_PER_TASK, Vocabulary.FORK_JOIN, Vocabulary.VIRTUAL, Vocabulary.ASYNC, Vocabulary.PROCESS_POOL})
    public Strategy strategy;

    @Param({Vocabulary.IO_SLEEP, Vocabulary.IO_SOCKET})
    public Workload workload;
}
