package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.strategy.TaskRunner;
import io.tvpbench.worker.Availability;
import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.StartupVariant;
import io.tvpbench.worker.WorkerProcess;
import io.tvpbench.workload.CpuKernel;
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

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hypothesis: the start-up ladder spans five orders of magnitude: a virtual thread starts and joins in about a
 * microsecond, a platform thread in tens, a cold fixed pool (create, first task, shutdown) in hundreds, a native
 * process in a millisecond, a child JVM in tens to hundreds of milliseconds depending on its start-up variant.
 * This is the fixed cost a per-task strategy pays for every task.
 * <p>
 * In-JVM samples include the whole life of the unit: start, the first (empty) task where there is one, and its end
 * (join, or shutdown and termination), so nothing is left running between samples; {@code nativeProcess} includes
 * the exit of {@code /bin/true}. {@code childJvmReady} times a child JVM from launch to its READY frame,
 * {@code childJvmFirstTask} from launch to the checksum of its first 1 ms CPU task (interpreted, cold), per
 * start-up {@code variant}; {@code processPoolReady} times a PROCESS_POOL of {@code cores} child JVMs started in
 * parallel until every one is ready (on k cores, k JVMs boot at once and share them); the children's exit is
 * outside the timing (a per-invocation tear-down). An unavailable
 * variant (AOT_CACHE before JDK 25) fails its trial with "not available on this JDK" and records no result.
 * SampleTime with many samples per iteration.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar StartupCostBenchmark}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StartupCostBenchmark {

    private static final Path TRUE = Path.of("/bin/true");

    /** The verified core count and what a cold pool runs as its first task. */
    @State(Scope.Benchmark)
    public static class InJvm {

        @Param("0")
        public int cores;

        final List<TaskSpec> firstTask = TaskSpec.batch(Workload.CPU, 1, Grain.NONE, 0, 0);
        int parallelism;
        long expected;
        TaskContext context;

        @Setup(Level.Trial)
        public void start() throws InterruptedException {
            parallelism = Cores.verified(cores);
            context = TaskContext.local();
            try (TaskRunner sequential = Strategy.SEQUENTIAL.create(new RunnerConfig(1, context))) {
                expected = sequential.run(firstTask)[0];
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.close();
        }
    }

    /**
     * A process pool of {@code cores} child JVMs started in parallel, as PROCESS_POOL starts them: what a pool pays
     * before its first task, the start-up a break-even compares with. Each pool is closed after its invocation,
     * outside the timing.
     */
    @State(Scope.Benchmark)
    public static class ProcessPools {

        @Param("0")
        public int cores;

        int parallelism;
        TaskContext context;
        TaskRunner pool;

        @Setup(Level.Trial)
        public void start() {
            parallelism = Cores.verified(cores);
            context = TaskContext.local();
        }

        @TearDown(Level.Invocation)
        public void closePool() {
            if (pool != null) {
                pool.close();
                pool = null;
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            context.close();
        }
    }

    /** Checks that {@code /bin/true} exists, so a missing binary fails the trial with a clear message. */
    @State(Scope.Benchmark)
    public static class NativeProcess {

        @Param("0")
        public int cores;

        @Setup(Level.Trial)
        public void check() {
            Cores.verified(cores);
            if (!Files.isExecutable(TRUE)) {
                throw new IllegalStateException(TRUE + " is not available on this OS: nativeProcess cannot run here");
            }
        }
    }

    /** One start-up variant's child JVM options; each invocation's child is closed after it, outside the timing. */
    @State(Scope.Benchmark)
    public static class ChildJvms {

        @Param("0")
        public int cores;

        @Param({Vocabulary.DEFAULT, Vocabulary.C1_ONLY, Vocabulary.NO_CDS, Vocabulary.AOT_CACHE})
        public StartupVariant variant;

        final TaskSpec firstTask = TaskSpec.batch(Workload.CPU, 1, Scenario.COARSE, 0, 0).getFirst();
        long expected;
        ChildJvmOptions options;
        WorkerProcess child;

        /**
         * Prepares the variant (AOT_CACHE trains its cache now, untimed, and says so in the log). An unavailable
         * variant fails its trial with the reason, so it shows up in the log as "not available", never as a number.
         */
        @Setup(Level.Trial)
        public void checkVariant() {
            Cores.verified(cores);
            options = ChildJvmOptions.defaults().withVariant(variant);
            Availability availability = variant.prepare(options);
            if (!availability.available()) {
                throw new IllegalStateException("start-up variant " + variant + " is " + availability
                        + "; no result is recorded for it");
            }
            expected = CpuKernel.run(firstTask.seed(), firstTask.cpuIterations());
        }

        @TearDown(Level.Invocation)
        public void closeChild() {
            if (child != null) {
                child.close();
                child = null;
            }
        }
    }

    @Benchmark
    public long platformThread(InJvm state) throws InterruptedException {
        return startAndJoin(Thread.ofPlatform());
    }

    @Benchmark
    public long virtualThread(InJvm state) throws InterruptedException {
        return startAndJoin(Thread.ofVirtual());
    }

    /** A thread's whole life with an empty task, as the ladder and the thread-start control time it. */
    static long startAndJoin(Thread.Builder builder) throws InterruptedException {
        Thread thread = builder.start(Thread::onSpinWait);
        thread.join();
        return thread.threadId();
    }

    @Benchmark
    public long coldFixedPool(InJvm state) throws InterruptedException {
        long checksum;
        try (TaskRunner pool = Strategy.FIXED_POOL.create(new RunnerConfig(state.parallelism, state.context))) {
            checksum = pool.run(state.firstTask)[0];
        }
        if (checksum != state.expected) {
            throw new IllegalStateException("a cold FIXED_POOL computed " + checksum + ", SEQUENTIAL " + state.expected);
        }
        return checksum;
    }

    @Benchmark
    public long childJvmReady(ChildJvms state) {
        state.child = WorkerProcess.start(state.options);
        return state.child.pid();
    }

    @Benchmark
    public long childJvmFirstTask(ChildJvms state) {
        state.child = WorkerProcess.start(state.options);
        long checksum = state.child.call(state.firstTask, null);
        if (checksum != state.expected) {
            throw new IllegalStateException("a new child JVM computed " + checksum + ", expected " + state.expected);
        }
        return checksum;
    }

    @Benchmark
    public TaskRunner processPoolReady(ProcessPools state) {
        state.pool = Strategy.PROCESS_POOL.create(new RunnerConfig(state.parallelism, state.context));
        return state.pool;
    }

    @Benchmark
    public int nativeProcess(NativeProcess state) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(TRUE.toString())
                .redirectInput(Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(Redirect.DISCARD)
                .redirectError(Redirect.DISCARD)
                .start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(TRUE + " exited with " + exit);
        }
        return exit;
    }
}
