package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.WorkerProcess;
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

import java.util.concurrent.TimeUnit;

/**
 * Hypothesis: a child JVM that must load your classpath and run your {@code setUp} starts slower and weighs more
 * than the suite's own lean worker ({@link StartupCostBenchmark#childJvmReady}, {@link FootprintBenchmark#childJvm}),
 * and that start-up is what a process pool must earn back (the report's break-even).
 * <p>
 * Each single-shot invocation times one child JVM from launch to ready: JVM start, your classpath in its own class
 * loader, your task constructed and set up. After it, outside the timing, its resident set size (VmRSS, Linux,
 * shared pages included) is published as the secondary metric {@code bytesPerUnit} and the child is closed.
 * <p>
 * Run: {@code scripts/tvp run --task com.acme.MyTask --classpath app.jar}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class UserTaskStartupBenchmark {

    @Param("0")
    public int cores;

    /** The task's class; its classpath and argument come from the runner's environment. */
    @Param("")
    public String task;

    private ChildJvmOptions options;
    private WorkerProcess child;

    @Setup(Level.Trial)
    public void loadTask() {
        Cores.verified(cores);
        try {
            options = UserTask.load(task).childJvm();
        } catch (RuntimeException e) {
            throw UserTaskProblems.report(null, e, System.err);
        }
    }

    @TearDown(Level.Iteration)
    public void measureAndClose() {
        if (child != null) {
            try {
                Footprints.record(Vocabulary.BYTES_PER_UNIT, child.rssBytes());
            } finally {
                child.close();
                child = null;
            }
        }
    }

    @Benchmark
    public long childJvmReady() {
        child = WorkerProcess.start(options);
        return child.pid();
    }
}
