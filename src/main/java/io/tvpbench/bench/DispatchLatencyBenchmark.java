package io.tvpbench.bench;

import io.tvpbench.results.Vocabulary;
import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.PipeEcho;
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

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hypothesis: an empty task's round trip costs about one thread wake-up each way through a pool, virtual threads
 * or an event loop (a few microseconds, close to {@link #floorThreadHandoff}), a thread start and join for
 * THREAD_PER_TASK, and a pipe round trip for a process pool (within 2x of {@link #floorPipePingPong}); a strategy
 * far above its floor spends time in its own machinery.
 * <p>
 * {@code roundTrip} times submitting one empty CPU task (zero kernel iterations) and receiving its checksum, checked
 * against SEQUENTIAL's; the runner is started once per trial and excluded. {@code floorThreadHandoff} times a value
 * handed to a parked partner thread and back (two {@link SynchronousQueue} hand-offs); {@code floorPipePingPong}
 * times a 32-byte message written to a child JVM's stdin and read back whole from its stdout (the child is started
 * once per trial). SampleTime, so the result carries percentiles. PROCESS_PER_TASK's round trip is a child JVM's
 * whole life, as in {@link StartupCostBenchmark#childJvmFirstTask}.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar DispatchLatencyBenchmark}
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DispatchLatencyBenchmark {

    /** One strategy's runner and the empty task it carries. */
    @State(Scope.Benchmark)
    public static class RoundTrip {

        @Param("0")
        public int cores;

        @Param({Vocabulary.SEQUENTIAL, Vocabulary.THREAD_PER_TASK, Vocabulary.FIXED_POOL, Vocabulary.FORK_JOIN,
                Vocabulary.VIRTUAL, Vocabulary.ASYNC, Vocabulary.PROCESS_POOL, Vocabulary.PROCESS_PER_TASK})
        public Strategy strategy;

        private TaskContext context;
        private VerifiedBatches batches;

        @Setup(Level.Trial)
        public void start() {
            context = TaskContext.local();
            batches = VerifiedBatches.start(strategy, new RunnerConfig(Cores.verified(cores), context),
                    TaskSpec.batch(Workload.CPU, 1, Grain.NONE, 0, 0));
        }

        @TearDown(Level.Trial)
        public void stop() {
            batches.close();
            context.close();
        }
    }

    /** A partner platform thread that hands every value straight back. */
    @State(Scope.Benchmark)
    public static class Handoff {

        @Param("0")
        public int cores;

        final SynchronousQueue<Long> there = new SynchronousQueue<>();
        final SynchronousQueue<Long> back = new SynchronousQueue<>();
        private Thread partner;

        @Setup(Level.Trial)
        public void start() {
            Cores.verified(cores);
            partner = Thread.ofPlatform().name("tvp-handoff-partner").daemon(true).start(() -> {
                try {
                    while (true) {
                        back.put(there.take());
                    }
                } catch (InterruptedException e) {
                    // trial over
                }
            });
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            partner.interrupt();
            partner.join();
        }
    }

    /** A child JVM that echoes fixed-size messages on its stdin back on its stdout: no framing, no tasks. */
    @State(Scope.Benchmark)
    public static class PipePingPong {

        /** About the size of an empty task's frame, so the floor moves as many bytes as PROCESS_POOL's round trip. */
        static final int MESSAGE_BYTES = 32;

        @Param("0")
        public int cores;

        private PipeEcho echo;

        @Setup(Level.Trial)
        public void start() {
            Cores.verified(cores);
            echo = PipeEcho.start(ChildJvmOptions.defaults(), MESSAGE_BYTES);
        }

        @TearDown(Level.Trial)
        public void stop() {
            echo.close();
        }
    }

    @Benchmark
    public long roundTrip(RoundTrip state) throws InterruptedException {
        return state.batches.run();
    }

    @Benchmark
    public long floorThreadHandoff(Handoff state) throws InterruptedException {
        state.there.put(System.nanoTime());
        return state.back.take();
    }

    @Benchmark
    public void floorPipePingPong(PipePingPong state) {
        state.echo.roundTrip();
    }
}
