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

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Hypothesis: an empty task's round trip through a pool, virtual threads or an event loop costs about one parked
 * thread's wake-up each way, close to {@link #floorParking}; THREAD_PER_TASK adds a thread start and join, and a
 * process pool a pipe round trip, within 2x of {@link #floorPipePingPong}; a strategy far above its floor spends
 * time in its own machinery, and one below {@link #floorParking} avoids parking by spinning.
 * <p>
 * {@code roundTrip} times submitting one empty CPU task (zero kernel iterations) and receiving its checksum, checked
 * against SEQUENTIAL's; the runner is started once per trial and excluded. {@code floorParking} times a value
 * passed to a parked partner thread and back with one {@link LockSupport#unpark} each way: the partner replies and
 * parks again without waiting for the caller to pick the reply up, so the round trip is two wake-ups, the least a
 * parking hand-off needs. {@code floorSpinning} passes the value the same way between two threads that never park
 * (they spin, yielding now and then so one CPU still works): the absolute limit of a hand-off, which only
 * spinning strategies approach. {@code floorPipePingPong} times a 32-byte message written to a child JVM's stdin
 * and read back whole from its stdout (the child is started once per trial). SampleTime, so the result carries
 * percentiles; the report compares per-fork medians. PROCESS_PER_TASK's round trip is a child JVM's whole life,
 * as in {@link StartupCostBenchmark#childJvmFirstTask}.
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

    /**
     * A partner platform thread that answers each request, either parking between requests or spinning. Only the
     * caller writes {@code request} and only the partner writes {@code response}, so each is a plain volatile
     * hand-off.
     */
    @State(Scope.Benchmark)
    public abstract static class Partner {

        @Param("0")
        public int cores;

        volatile long request;
        volatile long response;
        volatile Thread caller;
        volatile boolean stopped;
        Thread partner;

        @Setup(Level.Trial)
        public void start() {
            Cores.verified(cores);
            partner = Thread.ofPlatform().name("tvp-floor-partner").daemon(true).start(this::answer);
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            stopped = true;
            LockSupport.unpark(partner);
            partner.join();
        }

        private void answer() {
            long seen = 0;
            int attempt = 0;
            while (!stopped) {
                long next = request;
                if (next == seen) {
                    await(++attempt);
                    continue;
                }
                attempt = 0;
                seen = next;
                response = next;
                wake(caller);
            }
        }

        /** Sends the next value and waits for the partner's answer. */
        final long roundTrip() {
            Thread self = Thread.currentThread();
            if (caller != self) {
                caller = self;
            }
            long next = request + 1;
            request = next;
            wake(partner);
            for (int attempt = 1; response != next; attempt++) {
                await(attempt);
            }
            return next;
        }

        /** Waits a little for the other side, the {@code attempt}-th time in a row: parks, or spins. */
        abstract void await(int attempt);

        /** Lets the other side see the last write: unparks it, or nothing for a spinner. */
        abstract void wake(Thread other);
    }

    /** Both sides park while waiting and are woken by one unpark. */
    @State(Scope.Benchmark)
    public static class Parking extends Partner {

        @Override
        void await(int attempt) {
            LockSupport.park(this);
        }

        @Override
        void wake(Thread other) {
            LockSupport.unpark(other);
        }
    }

    /** Both sides spin while waiting and yield the CPU every {@value #SPINS_PER_YIELD} spins, so one CPU suffices. */
    @State(Scope.Benchmark)
    public static class Spinning extends Partner {

        static final int SPINS_PER_YIELD = 64;

        @Override
        void await(int attempt) {
            if (attempt % SPINS_PER_YIELD == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }

        @Override
        void wake(Thread other) {
            // a spinning side sees the volatile write without help
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
    public long floorParking(Parking state) {
        return state.roundTrip();
    }

    @Benchmark
    public long floorSpinning(Spinning state) {
        return state.roundTrip();
    }

    @Benchmark
    public void floorPipePingPong(PipePingPong state) {
        state.echo.roundTrip();
    }
}
