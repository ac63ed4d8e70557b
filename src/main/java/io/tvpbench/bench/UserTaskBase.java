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
 * loaded once per trial (its {@code setUp} included), then one call of {@code run(index)} per operation streamed
 * through a {@link TaskWindow} of {@code concurrency} calls in flight (0 = the class's default window), every
 * checksum checked against a sequential run. What goes wrong with the task is printed as one line for the runner.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public abstract class UserTaskBase {

    /** How many different indexes the window cycles through, so calls in flight at once differ. */
    static final int DISTINCT_TASKS = 100;

    /** CPUs the fork runs on, verified in the fork; 0 = not enforced. */
    @Param("0")
    public int cores;

    /** The task's class; its classpath and argument come from the runner's environment. */
    @Param("")
    public String task;

    /** Calls in flight at once; 0 = the class's default window ({@link #defaultWindow}). */
    @Param("0")
    public int concurrency;

    /** Always USER_TASK: it files the results with the suite's workloads, so verdicts and scaling apply unchanged. */
    @Param("USER_TASK")
    public Workload workload;

    private Strategy strategy;
    private TaskContext context;
    private HungTaskWatch watch;
    private TaskWindow tasks;

    /** The calls kept in flight on {@code cores} verified cores when {@code concurrency} is 0. */
    abstract Window defaultWindow(int cores);

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
            Window window = concurrency > 0 ? Window.concurrency(concurrency) : defaultWindow(verifiedCores);
            List<TaskSpec> batch = TaskSpec.batch(Workload.USER_TASK, Math.max(DISTINCT_TASKS, window.size()),
                    Grain.NONE, 0, 0);
            tasks = TaskWindow.start(strategy, new RunnerConfig(verifiedCores, context, user.childJvm()), batch, window);
        } catch (RuntimeException e) {
            throw UserTaskProblems.report(strategy, e, System.err);
        }
    }

    /** Fills the window before each iteration, so every measured iteration starts in steady state. */
    @Setup(Level.Iteration)
    public void fillWindow() throws InterruptedException {
        tasks.fill();
    }

    @TearDown(Level.Trial)
    public void stopRunner() {
        try {
            if (tasks != null) {
                tasks.close();
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
    public int tasks() throws InterruptedException {
        try {
            return tasks.submitNext();
        } catch (RuntimeException e) {
            throw UserTaskProblems.report(strategy, e, System.err);
        }
    }
}
