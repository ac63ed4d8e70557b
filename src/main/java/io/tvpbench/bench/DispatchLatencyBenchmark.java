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

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Hypothesis: an empty task's round trip through a pool, virtual threads or an event loop costs about one parked
 * thread's wake-up each way, close to its thread floor; THREAD_PER_TASK adds a thread start and join, and a
 * process pool a pipe round trip, within 2x of {@link #floorPipePingPong}; a strategy far above its floor spends
 * time in its own machinery or pays wake-ups its hand-off could have spun through.
 * <p>
 * {@code roundTrip} times submitting one empty CPU task (zero kernel iterations) and receiving its checksum, checked
 * against SEQUENTIAL's; the runner is started once per trial and excluded. {@code floorParking} times a value
 * passed to a parked partner thread and back with one {@link LockSupport#unpark} each way: the partner replies and
 * parks again without waiting for the caller to pick the reply up, so the round trip is two wake-ups, the least a
 * hand-off costs whose waits park at once (a ThreadPoolExecutor's queue, an event loop's select, a join); both
 * threads share one CPU, the cheaper of the placements a scheduler may give them.
 * {@code floorSpinThenPark} passes it the way j.u.c's own hand-offs wait, as do the ForkJoinPool workers that carry
 * FORK_JOIN and VIRTUAL: each side spins briefly before it parks (not on one CPU) and is unparked only if it
 * parked, so with a second CPU the reply comes within the spin and nothing parks, while one CPU pays the parking
 * floor. {@code floorSpinning} passes the value the same way between two threads that never park (they spin,
 * yielding now and then so one CPU still works): the absolute limit of a hand-off. {@code floorPipePingPong} times
 * a 32-byte message written to a child JVM's stdin and read back whole from its stdout (the child is started once
 * per trial). SampleTime, so the result carries percentiles; the report compares per-fork medians.
 * PROCESS_PER_TASK's round trip is a child JVM's whole life, as in {@link StartupCostBenchmark#childJvmFirstTask}.
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
     * A partner platform thread that answers each request; how each side waits is the subclass's. Only the caller
     * writes {@code request} and only the partner writes {@code response}, so each is a plain volatile hand-off.
     */
    @State(Scope.Benchmark)
    public abstract static class Partner {

        @Param("0")
        public int cores;

        volatile long request;
        volatile long response;
        volatile boolean stopped;
        final Side caller = new Side();
        final Side partner = new Side();

        private Optional<Runnable> unpin = Optional.empty();

        @Setup(Level.Trial)
        public void start() {
            Cores.verified(cores);
            Set<Integer> cpus = Cores.affinity().orElse(Set.of());
            if (oneCpu() && cpus.size() > 1) {
                unpin = ForkPinning.pinCurrentThread(Integer.toString(Collections.max(cpus)));
            }
            partner.thread = Thread.ofPlatform().name("tvp-floor-partner").daemon(true).start(this::answer);
        }

        @TearDown(Level.Trial)
        public void stop() throws InterruptedException {
            stopped = true;
            LockSupport.unpark(partner.thread);
            partner.thread.join();
            unpin.ifPresent(Runnable::run);
        }

        /** Whether both sides run on one CPU of the fork's, the caller pinned before it starts the partner. */
        boolean oneCpu() {
            return false;
        }

        private void answer() {
            long seen = 0;
            int attempt = 0;
            while (!stopped) {
                long next = request;
                if (next == seen) {
                    await(++attempt, partner);
                    continue;
                }
                arrived(partner);
                attempt = 0;
                seen = next;
                response = next;
                wake(caller);
            }
        }

        /** Sends the next value and waits for the partner's answer. */
        final long roundTrip() {
            Thread self = Thread.currentThread();
            if (caller.thread != self) {
                caller.thread = self;
            }
            long next = request + 1;
            request = next;
            wake(partner);
            for (int attempt = 1; response != next; attempt++) {
                await(attempt, caller);
            }
            arrived(caller);
            return next;
        }

        /** Waits a little for the other side, the {@code attempt}-th time in a row: parks, or spins. */
        abstract void await(int attempt, Side self);

        /** Lets the other side see the last write: unparks it, or nothing for a spinner. */
        abstract void wake(Side other);

        /** The value {@code self} waited for has arrived. */
        void arrived(Side self) {
        }
    }

    /** One side of a hand-off: its thread, and whether it has said it may park, so the other side unparks it. */
    static final class Side {
        volatile Thread thread;
        volatile boolean parking;
    }

    /**
     * Both sides park while waiting and are woken by one unpark, on one CPU: with more than one, each fork's
     * scheduler puts the two threads on one CPU or on two, and a wake-up across CPUs can cost several times a switch
     * on one (per-fork medians of 6 and 24 µs on the 2-core dev VM), so the floor takes the cheaper placement.
     */
    @State(Scope.Benchmark)
    public static class Parking extends Partner {

        @Override
        boolean oneCpu() {
            return true;
        }

        @Override
        void await(int attempt, Side self) {
            LockSupport.park(this);
        }

        @Override
        void wake(Side other) {
            LockSupport.unpark(other.thread);
        }
    }

    /**
     * Both sides wait as j.u.c's hand-offs do (LinkedTransferQueue's await, a ForkJoinPool worker's deactivate):
     * spin {@value #SPINS} times where there is another CPU to answer meanwhile, then say so and park; the other
     * side unparks only a side that said so. Since the say-then-look is two volatile accesses on each side, one of
     * them always sees the other's write, so no wake-up is lost.
     */
    @State(Scope.Benchmark)
    public static class SpinThenPark extends Partner {

        /** LinkedTransferQueue's spins before it parks. */
        static final int SPINS = 1 << 7;

        /** As LinkedTransferQueue: one CPU never spins, since the side that would answer cannot run meanwhile. */
        final int spins = Runtime.getRuntime().availableProcessors() > 1 ? SPINS : 0;

        @Override
        void await(int attempt, Side self) {
            if (attempt <= spins) {
                Thread.onSpinWait();
            } else if (!self.parking) {
                self.parking = true; // the waiting loop looks once more before it parks
            } else {
                LockSupport.park(this);
            }
        }

        @Override
        void wake(Side other) {
            if (other.parking) {
                LockSupport.unpark(other.thread);
            }
        }

        @Override
        void arrived(Side self) {
            if (self.parking) {
                self.parking = false;
            }
        }
    }

    /** Both sides spin while waiting and yield the CPU every {@value #SPINS_PER_YIELD} spins, so one CPU suffices. */
    @State(Scope.Benchmark)
    public static class Spinning extends Partner {

        static final int SPINS_PER_YIELD = 64;

        @Override
        void await(int attempt, Side self) {
            if (attempt % SPINS_PER_YIELD == 0) {
                Thread.yield();
            } else {
                Thread.onSpinWait();
            }
        }

        @Override
        void wake(Side other) {
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
    public long floorSpinThenPark(SpinThenPark state) {
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
