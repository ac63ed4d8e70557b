package io.tvpbench.bench;

import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The one throughput benchmark, {@code tasks}, that every {@code *ThroughputBenchmark} inherits: verify
 * {@code cores}, start the strategy's runner once per trial, run a batch of {@code @OperationsPerInvocation} tasks
 * per invocation (so the score is tasks per second) and check it against SEQUENTIAL, stop the runner at the end.
 * Subclasses only declare their params, so each class's cross product holds only valid combinations, and their
 * batch size as a class-level {@code @OperationsPerInvocation}. One JMH thread drives the batch; the strategy
 * supplies the parallelism, hence {@code @Threads(1)}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public abstract class ThroughputBase {

    /** CPUs the fork runs on, verified in the fork; 0 = not enforced. */
    @Param("0")
    public int cores;

    private TaskContext context;
    private VerifiedBatches batches;

    @Setup(Level.Trial)
    public void startRunner(BenchmarkParams params) {
        int verifiedCores = Cores.verified(cores);
        Scenario scenario = Scenario.of(params::getParam);
        List<TaskSpec> batch = scenario.batch(params.getOpsPerInvocation());
        context = TaskContext.local(scenario.sharing());
        batches = VerifiedBatches.start(scenario.strategy(),
                new RunnerConfig(scenario.parallelism(verifiedCores), context, scenario.childJvm()), batch, scenario.inFlight(batch.size()));
    }

    @TearDown(Level.Trial)
    public void stopRunner() {
        try {
            if (batches != null) {
                batches.close();
            }
        } finally {
            if (context != null) {
                context.close();
            }
        }
    }

    @Benchmark
    public long tasks() throws InterruptedException {
        return batches.run();
    }
}
