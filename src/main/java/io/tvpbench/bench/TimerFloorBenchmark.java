package io.tvpbench.bench;

import io.tvpbench.workload.EventLoop;
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

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hypothesis: a bare wait of {@code latencyMs} lasts a little longer than asked, by a mechanism-specific overshoot
 * (the kernel's 50 µs timer slack for a platform thread's sleep, a scheduler hop for a virtual thread, the loop's
 * wake-up for an event-loop timer), and that overshoot, not the strategy, caps the I/O benchmarks: at
 * {@code concurrency} tasks in flight a strategy can reach at most {@code concurrency / floor} tasks per second,
 * so its efficiency is its throughput over that.
 * <p>
 * Timing includes one wait from its start to the waiting code running again: {@code Thread.sleep} on the JMH
 * (platform) thread; a virtual thread started, sleeping and joined; a timer scheduled on an {@link EventLoop}
 * and the JMH thread woken by its callback. It excludes creating the loop, once per trial. Score: milliseconds
 * per wait.
 * <p>
 * Run: {@code java -jar target/benchmarks.jar TimerFloorBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
public class TimerFloorBenchmark {

    /** How a wait is made; the names appear in the JMH param {@code timer}. */
    public enum Timer {
        /** {@code Thread.sleep} on a platform thread, as THREAD_PER_TASK, FIXED_POOL and FORK_JOIN tasks wait. */
        PLATFORM_SLEEP,
        /** {@code Thread.sleep} on a virtual thread, as VIRTUAL tasks wait. */
        VIRTUAL_SLEEP,
        /** A timer on the event loop, as ASYNC tasks wait. */
        EVENT_LOOP
    }

    @Param("0")
    public int cores;

    @Param({"PLATFORM_SLEEP", "VIRTUAL_SLEEP", "EVENT_LOOP"})
    public Timer timer;

    @Param({"1", "10"})
    public int latencyMs;

    private final AtomicReference<Throwable> loopFailure = new AtomicReference<>();
    private EventLoop loop;
    private long micros;

    @Setup(Level.Trial)
    public void start() {
        Cores.verified(cores);
        micros = TimeUnit.MILLISECONDS.toMicros(latencyMs);
        loop = new EventLoop("tvp-timer-floor", loopFailure::set);
    }

    @TearDown(Level.Trial)
    public void stop() {
        loop.close();
        if (loopFailure.get() != null) {
            throw new IllegalStateException("the event loop failed", loopFailure.get());
        }
    }

    @Benchmark
    public long waitOnce() throws InterruptedException {
        switch (timer) {
            case PLATFORM_SLEEP -> TimeUnit.MICROSECONDS.sleep(micros);
            case VIRTUAL_SLEEP -> Thread.ofVirtual().start(() -> {
                try {
                    TimeUnit.MICROSECONDS.sleep(micros);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }).join();
            case EVENT_LOOP -> {
                CountDownLatch fired = new CountDownLatch(1);
                loop.schedule(micros, TimeUnit.MICROSECONDS, fired::countDown);
                fired.await();
            }
        }
        return micros;
    }
}
