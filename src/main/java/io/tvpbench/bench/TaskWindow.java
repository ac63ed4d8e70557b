package io.tvpbench.bench;

import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.strategy.TaskFailedException;
import io.tvpbench.strategy.TaskRunner;
import io.tvpbench.workload.GilHold;
import io.tvpbench.workload.SharedState;
import io.tvpbench.workload.TaskSpec;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A sliding window of tasks in flight that never drains at an invocation boundary: an invocation waits until the
 * window has room and submits one more task, so one invocation is one task and a JMH iteration's time is what
 * it says, however long a task takes. Tasks cycle through a fixed list, and every completion is checked against
 * SEQUENTIAL's checksum for its task: a strategy that fails a task or computes garbage fails the benchmark
 * loudly at the next invocation instead of being timed. Handing out CPU_GIL tasks, the driver holds the GIL as
 * CPython's submitting thread would, from its first hand-out until it parks on a full window or the iteration ends.
 * Where tasks share state, every verified completion is tallied ({@link StateTally}) and {@link #drain} compares
 * the state with the tally once nothing is in flight: the window never drains while it is measured.
 */
final class TaskWindow implements AutoCloseable {

    /**
     * How long the end of a trial waits for the last tasks where no shared state needs them: a window of 1000
     * blocking tasks on a strategy capped at {@code cores / latency} takes 5–10 s to drain, which in the standard
     * sample of 7d23605 made those forks of IoThroughputBenchmark last 6.5–13.8 s where their iterations take 0.75 s;
     * at 1 s, FORK_JOIN's I/O forks in the sample of d20da02 still spent about 1 s more than ASYNC's beyond their
     * iterations, and with PROCESS_POOL's about a minute of the run, for nothing measured. Every earlier completion
     * was checked as it came.
     */
    static final long DRAIN_LIMIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final String name;
    private final TaskRunner runner;
    private final List<TaskSpec> tasks;
    private final long[] expected;
    private final Window window;
    private final StateTally tally;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final TaskRunner.Completion check = this::completed;
    private volatile Thread parked;
    private volatile boolean closing;
    private int next;
    private int lastLevel;
    private GilHold gil;

    /**
     * @param tasks    the tasks to cycle through, indexed 0..n-1
     * @param expected SEQUENTIAL's checksum of each task, by index
     */
    TaskWindow(String name, TaskRunner runner, List<TaskSpec> tasks, long[] expected, Window window) {
        this(name, runner, tasks, expected, window, null);
    }

    /**
     * A window whose tasks update {@code state}, which {@link #drain} checks against the completed tasks.
     *
     * @param state the runner's shared state, or null where nothing is shared
     */
    TaskWindow(String name, TaskRunner runner, List<TaskSpec> tasks, long[] expected, Window window, SharedState state) {
        if (expected.length != tasks.size()) {
            throw new IllegalArgumentException(expected.length + " expected checksums for " + tasks.size() + " tasks");
        }
        this.name = name;
        this.runner = runner;
        this.tasks = List.copyOf(tasks);
        this.expected = expected.clone();
        this.window = window;
        this.tally = state == null ? null : new StateTally(name, state);
        this.lastLevel = window.refillAt() + 1;
    }

    /**
     * Computes the expected checksums with SEQUENTIAL, then starts the strategy's runner, which refuses a sharing
     * mode the strategy cannot use.
     */
    static TaskWindow start(Strategy strategy, RunnerConfig config, List<TaskSpec> tasks, Window window) {
        SharedState state = config.context().state();
        long[] expected = VerifiedBatches.reference(tasks, config.context());
        TaskRunner runner = strategy.create(config);
        return state.mode().shares()
                ? new TaskWindow(strategy + " sharing by " + state.mode(), runner, tasks, expected, window, state)
                : new TaskWindow(strategy.name(), runner, tasks, expected, window);
    }

    /**
     * One invocation: waits for room in the window, then submits the next task.
     *
     * @return the submitted task's index
     * @throws IllegalStateException when an earlier task failed or computed a wrong checksum
     */
    int submitNext() throws InterruptedException {
        awaitRoom();
        TaskSpec task = tasks.get(next);
        next = next + 1 == tasks.size() ? 0 : next + 1;
        if (gil == null) {
            gil = GilHold.forDispatch(List.of(task));
        }
        lastLevel = inFlight.incrementAndGet();
        runner.submit(task, check);
        gil.checkpoint();
        return task.index();
    }

    /**
     * Tops the window up, outside the measured time, to the level the last submission left it at: the tasks
     * that completed between two iterations are replaced, so each iteration begins where the one before ended
     * and counts as many submissions as it saw completions, give or take the difference between two end levels,
     * which averages out. Filling to full instead would miss, every iteration, what the last invocation never
     * refilled: half the window when it ends on a refill wake-up, a third of the score for 1 ms tasks in 250 ms
     * iterations. The first fill stops one past the refill point, where such a wake-up leaves the window.
     */
    void fill() throws InterruptedException {
        for (int free = lastLevel - inFlight.get(); free > 0; free--) {
            submitNext();
        }
    }

    /** Lets the GIL go, if the driver holds it: before it parks, and at the end of each iteration. */
    void releaseGil() {
        if (gil != null) {
            gil.close();
            gil = null;
        }
    }

    /**
     * Waits until no task is in flight, then checks every completion so far, and the shared state against them.
     * Where no state is shared, it waits at most {@link #DRAIN_LIMIT_NANOS}: the tasks still in flight then end
     * unchecked when the window closes.
     *
     * @throws IllegalStateException when a task failed, computed a wrong checksum, or the state holds an update
     *                               too many or too few
     */
    void drain() throws InterruptedException {
        releaseGil();
        long deadline = System.nanoTime() + DRAIN_LIMIT_NANOS;
        while (inFlight.get() > 0 && failure.get() == null) {
            long left = deadline - System.nanoTime();
            if (tally == null && left <= 0) {
                break;
            }
            parked = Thread.currentThread();
            if (inFlight.get() > 0 && failure.get() == null) {
                if (tally == null) {
                    LockSupport.parkNanos(this, left);
                } else {
                    LockSupport.park(this);
                }
            }
            parked = null;
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while draining " + name + "'s window");
            }
        }
        throwIfFailed();
        if (tally != null) {
            tally.check();
        }
    }

    /** Tasks in flight now. */
    int inFlight() {
        return inFlight.get();
    }

    private void awaitRoom() throws InterruptedException {
        while (true) {
            throwIfFailed();
            if (inFlight.get() < window.size()) {
                return;
            }
            releaseGil();
            parked = Thread.currentThread();
            if (inFlight.get() >= window.size() && failure.get() == null) {
                LockSupport.park(this);
            }
            parked = null;
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for room in " + name + "'s window");
            }
        }
    }

    private void throwIfFailed() {
        RuntimeException first = failure.get();
        if (first != null) {
            throw new IllegalStateException(name + " failed a task: " + first.getMessage(), first);
        }
    }

    private void completed(TaskSpec task, long checksum, TaskFailedException failed) {
        if (closing) {
            return;
        }
        if (failed != null) {
            fail(failed);
        } else if (checksum != expected[task.index()]) {
            fail(Mismatch.of(name, task, checksum, expected[task.index()]));
        } else if (tally != null) {
            tally.completed(task, checksum);
        }
        if (inFlight.decrementAndGet() <= window.refillAt()) {
            Thread driver = parked;
            if (driver != null) {
                LockSupport.unpark(driver);
            }
        }
    }

    private void fail(RuntimeException e) {
        failure.compareAndSet(null, e);
        Thread driver = parked;
        if (driver != null) {
            LockSupport.unpark(driver);
        }
    }

    /** Closes the runner; tasks still in flight end with it and are not checked. */
    @Override
    public void close() {
        releaseGil();
        closing = true;
        runner.close();
    }
}
