package io.tvpbench.bench;

import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.EchoProcess;
import io.tvpbench.workload.TaskContext;
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

import java.util.concurrent.TimeUnit;

/**
 * The one throughput benchmark, {@code tasks}, that every {@code *ThroughputBenchmark} inherits: verify
 * {@code cores}, start the strategy's runner once per trial, keep a {@link TaskWindow} of tasks in flight whose
 * every completion is checked against SEQUENTIAL, drain it and check any shared state at the end, stop the
 * runner. An invocation submits one task as soon as the window has room, so the score is tasks per second and an iteration lasts the time it says, however
 * long a task takes. Subclasses only declare their params, so each class's cross product holds only valid
 * combinations, and their {@link #window(int)}. One JMH thread drives the window; the strategy supplies the
 * parallelism, hence {@code @Threads(1)}. IO_SOCKET's echo server runs in its own JVM ({@link EchoProcess}), on
 * the CPUs outside the measured set where the machine has them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public abstract class ThroughputBase {

    /**
     * The step of the number of different tasks (seeds) the window cycles through: the largest {@code updateEvery},
     * so that every update rate holds exactly over the cycle.
     */
    static final int DISTINCT_TASKS_STEP = 100;

    /** CPUs the fork runs on, verified in the fork; 0 = not enforced. */
    @Param("0")
    public int cores;

    private TaskContext context;
    private EchoProcess echo;
    private TaskWindow tasks;

    /**
     * The tasks kept in flight on {@code cores} verified cores: the scenario's concurrency, or a queue deep enough
     * to keep every worker busy.
     */
    abstract Window window(int cores);

    @Setup(Level.Trial)
    public void startRunner(BenchmarkParams params) {
        int verifiedCores = Cores.verified(cores);
        Scenario scenario = Scenario.of(params::getParam);
        Window window = window(verifiedCores);
        if (scenario.workload() == Workload.IO_SOCKET) {
            echo = EchoProcess.start(ChildJvmOptions.defaults());
            context = TaskContext.using(echo.address());
        } else {
            context = TaskContext.local(scenario.sharing());
        }
        tasks = TaskWindow.start(scenario.strategy(),
                new RunnerConfig(scenario.parallelism(verifiedCores), context, scenario.childJvm(), scenario.pipeline()),
                scenario.batch(distinctTasks(window.size())), window);
    }

    /**
     * How many different tasks the window cycles through: at least the window, so tasks in flight at once differ,
     * rounded up to {@link #DISTINCT_TASKS_STEP}. No more, since SEQUENTIAL computes every one's checksum in each
     * trial's set-up: 1000 tasks of a 1 ms grain cost each fork a second or more.
     */
    static int distinctTasks(int window) {
        return Math.ceilDiv(Math.max(window, 1), DISTINCT_TASKS_STEP) * DISTINCT_TASKS_STEP;
    }

    /**
     * Fills the window before each iteration to the level iterations end at, so every measured iteration starts
     * in steady state and counts as many tasks as it completed.
     */
    @Setup(Level.Iteration)
    public void fillWindow() throws InterruptedException {
        tasks.fill();
    }

    /** Lets the GIL go between iterations, so the driver never holds it outside the measured time. */
    @TearDown(Level.Iteration)
    public void releaseGil() {
        tasks.releaseGil();
    }

    /**
     * Drains the window and checks the last completions and any shared state (refusing the trial on a wrong
     * one), then stops the runner.
     */
    @TearDown(Level.Trial)
    public void stopRunner() throws InterruptedException {
        try {
            if (tasks != null) {
                try {
                    tasks.drain();
                } finally {
                    tasks.close();
                }
            }
        } finally {
            if (context != null) {
                context.close();
            }
            if (echo != null) {
                echo.close();
            }
        }
    }

    @Benchmark
    public int tasks() throws InterruptedException {
        return tasks.submitNext();
    }
}
