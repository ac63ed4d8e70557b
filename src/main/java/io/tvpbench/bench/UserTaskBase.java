package io.tvpbench.bench;

import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;
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
 * The throughput benchmark of a user's task, as {@link ThroughputBase} is for the suite's own workloads: the task
 * loaded once per trial (its {@code setUp} included), a batch of {@code @OperationsPerInvocation} calls of
 * {@code run(index)} per invocation in waves of {@code concurrency} (0 = the whole batch), every checksum checked
 * against a sequential run. What goes wrong with the task is printed as one line for the runner to repeat.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public abstract class UserTaskBase {

    /** CPUs the fork runs on, verified in the fork; 0 = not enforced. */
    @Param("0")
    public int cores;

    /** The task's class; its classpath and argument come from the runner's environment. */
    @Param("")
    public String task;

    /** Tasks in flight at once; 0 = the whole batch. */
    @Param("0")
    public int concurrency;

    /** Always USER_TASK: it files the results with the suite's workloads, so verdicts and scaling apply unchanged. */
    @Param("USER_TASK")
    public Workload workload;

    private Strategy strategy;
    private TaskContext context;
    private HungTaskWatch watch;
    private VerifiedBatches batches;

    @Setup(Level.Trial)
    public void startRunner(BenchmarkParams params) {
        int verifiedCores = Cores.verified(cores);
        strategy = Strategy.parse(params.getParam("strategy"));
        if (workload != Workload.USER_TASK) {
            throw new IllegalArgumentException("the UserTask benchmarks measure workload USER_TASK only, not " + workload);
        }
        try {
            UserTask user = UserTask.load(task);
            user.requireApplicable(strategy);
            watch = HungTaskWatch.start(user.loaded(), user.source().timeout(), strategy);
            context = TaskContext.local(user.loaded());
            List<TaskSpec> batch = TaskSpec.batch(Workload.USER_TASK, params.getOpsPerInvocation(), Grain.NONE, 0, 0);
            int inFlight = concurrency <= 0 ? batch.size() : Math.min(concurrency, batch.size());
            batches = VerifiedBatches.start(strategy, new RunnerConfig(verifiedCores, context, user.childJvm()),
                    batch, inFlight);
        } catch (RuntimeException e) {
            throw UserTaskProblems.report(strategy, e, System.err);
        }
    }

    @TearDown(Level.Trial)
    public void stopRunner() {
        try {
            if (batches != null) {
                batches.close();
            }
        } finally {
            if (watch != null) {
                watch.close();
            }
            if (context != null) {
                context.close();
            }
        }
    }

    @Benchmark
    public long tasks() throws InterruptedException {
        try {
            return batches.run();
        } catch (RuntimeException e) {
            throw UserTaskProblems.report(strategy, e, System.err);
        }
    }
}
