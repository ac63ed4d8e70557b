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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Hypothesis: an idle platform thread costs tens of kilobytes (its touched stack and thread structures), a parked
 * virtual thread well under one kilobyte of heap, and an idle child JVM tens of megabytes of RSS, so a thousand
 * waiting tasks are cheap only as virtual threads.
 * <p>
 * Each invocation brings {@value #THREADS} platform or virtual threads to a parked state, or {@value #CHILD_JVMS}
 * child JVMs (the lean default options) to ready; that is the primary (single-shot) time. After it, outside the
 * timing, the secondary metric {@code bytesPerUnit} (published by {@link SecondaryMetricsProfiler}) is measured:
 * for threads, once every one is parked, the growth of live objects in a class histogram (collector-independent:
 * it counts reachable objects only; plus, for platform threads, NMT's "Thread" memory: a parked virtual thread
 * has no native stack) divided by the threads, and a growth that is not positive fails the iteration; for child
 * JVMs, their mean resident set size (VmRSS, Linux), which counts the CDS archive and libjvm pages they share
 * once per child, and beside it {@code pssBytesPerUnit}, their mean proportional set size (Pss from
 * {@code /proc/PID/smaps_rollup}), which splits shared pages among the processes that map them. Kernel memory is
 * not included.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar FootprintBenchmark -prof io.tvpbench.bench.SecondaryMetricsProfiler}
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsPrepend = "-XX:NativeMemoryTracking=summary")
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class FootprintBenchmark {

    static final int THREADS = 1000;
    static final int CHILD_JVMS = 4;

    /** Idle threads of one iteration, parked on one latch, and the memory baseline taken before they exist. */
    @State(Scope.Benchmark)
    public static class IdleThreads {

        @Param("0")
        public int cores;

        final List<Thread> threads = new ArrayList<>(THREADS);
        private CountDownLatch releaseLatch;
        private ThreadMemory.Snapshot baseline;
        private boolean virtual;

        @Setup(Level.Trial)
        public void verifyCores() {
            Cores.verified(cores);
        }

        @Setup(Level.Iteration)
        public void measureBaseline() {
            threads.clear();
            releaseLatch = new CountDownLatch(1);
            baseline = ThreadMemory.snapshot();
        }

        /** Starts {@value #THREADS} threads from {@code builder}, each parking until the iteration ends. */
        void startParked(Thread.Builder builder) throws InterruptedException {
            virtual = builder instanceof Thread.Builder.OfVirtual;
            CountDownLatch started = new CountDownLatch(THREADS);
            CountDownLatch latch = releaseLatch;
            for (int i = 0; i < THREADS; i++) {
                threads.add(builder.start(() -> {
                    started.countDown();
                    try {
                        latch.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            started.await();
        }

        @TearDown(Level.Iteration)
        public void measureAndRelease() throws InterruptedException {
            for (Thread thread : threads) {
                while (thread.getState() != Thread.State.WAITING) {
                    Thread.yield();
                }
            }
            Footprints.record(Vocabulary.BYTES_PER_UNIT,
                    (double) ThreadMemory.snapshot().growthSince(baseline, threads.size(), virtual) / threads.size());
            releaseLatch.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    /** Idle child JVMs of one iteration; their resident memory is read before they are closed. */
    @State(Scope.Benchmark)
    public static class IdleChildJvms {

        @Param("0")
        public int cores;

        final List<WorkerProcess> children = new ArrayList<>(CHILD_JVMS);
        ChildJvmOptions options;

        @Setup(Level.Trial)
        public void verifyCores() {
            Cores.verified(cores);
            options = ChildJvmOptions.defaults();
        }

        @TearDown(Level.Iteration)
        public void measureAndClose() {
            try {
                Footprints.record(Vocabulary.BYTES_PER_UNIT,
                        children.stream().mapToLong(WorkerProcess::rssBytes).average().orElseThrow());
                Footprints.record(Vocabulary.PSS_BYTES_PER_UNIT,
                        children.stream().mapToLong(WorkerProcess::pssBytes).average().orElseThrow());
            } finally {
                children.forEach(WorkerProcess::close);
                children.clear();
            }
        }
    }

    @Benchmark
    public void platformThread(IdleThreads units) throws InterruptedException {
        units.startParked(Thread.ofPlatform().daemon(true));
    }

    @Benchmark
    public void virtualThread(IdleThreads units) throws InterruptedException {
        units.startParked(Thread.ofVirtual());
    }

    @Benchmark
    public void childJvm(IdleChildJvms units) {
        for (int i = 0; i < CHILD_JVMS; i++) {
            units.children.add(WorkerProcess.start(units.options));
        }
    }
}
