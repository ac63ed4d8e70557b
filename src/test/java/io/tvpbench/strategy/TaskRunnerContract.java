package io.tvpbench.strategy;

import io.tvpbench.workload.EchoServer;
import io.tvpbench.workload.Fault;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.Payloads;
import io.tvpbench.workload.Sharing;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every {@link TaskRunner} keeps, whatever runs the tasks: the same checksums as SEQUENTIAL for
 * every workload, whether run as a batch or streamed through a bounded window of tasks in flight, a failing task
 * named in the error without a hang, and no thread or child process left behind on close, even with tasks in
 * flight. One subclass per strategy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class TaskRunnerContract {

    protected static final int PARALLELISM = 4;
    protected static final int BATCH = 16;
    private static final Duration LIMIT = Duration.ofSeconds(60);

    protected TaskContext context;

    /** The strategy under test. */
    protected abstract Strategy strategy();

    /** How many IO_SOCKET tasks of one batch the strategy keeps in flight at once. */
    protected abstract int expectedInFlight(int batch, int parallelism);

    /** Tasks per batch in the checksum tests; child-JVM strategies may use fewer to keep the build fast. */
    protected int batchSize() {
        return BATCH;
    }

    /** A runner for the strategy; subclasses for child-JVM strategies may configure more. */
    protected TaskRunner create(int parallelism) {
        return create(parallelism, context);
    }

    /** A runner whose tasks use {@code tasks}' echo server and shared state. */
    protected TaskRunner create(int parallelism, TaskContext tasks) {
        return strategy().create(new RunnerConfig(parallelism, tasks));
    }

    @BeforeAll
    void startContext() {
        context = TaskContext.local();
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    static List<TaskSpec> batch(Workload workload, int count) {
        return TaskSpec.batch(workload, count, Grain.parse("20us"), 1_000, Payloads.parseSize("64KiB"));
    }

    @ParameterizedTest
    @EnumSource(Workload.class)
    void checksumsEqualSequential(Workload workload) {
        List<TaskSpec> tasks = batch(workload, batchSize());
        long[] expected = runWith(Strategy.SEQUENTIAL, tasks);
        long[] actual = assertTimeoutPreemptively(LIMIT, () -> {
            try (TaskRunner runner = create(PARALLELISM)) {
                long[] first = runner.run(tasks);
                assertArrayEquals(first, runner.run(tasks), "a runner must be reusable across batches");
                return first;
            }
        });
        assertArrayEquals(expected, actual);
        assertEquals(tasks.size(), Arrays.stream(actual).distinct().count(), "each task's checksum is its own");
    }

    @ParameterizedTest
    @EnumSource(Workload.class)
    void failingTaskIsNamedAndDoesNotHang(Workload workload) {
        List<TaskSpec> tasks = new ArrayList<>(batch(workload, Math.max(4, batchSize() / 2)));
        tasks.set(3, tasks.get(3).withFault(Fault.THROW));
        TaskFailedException failure = assertTimeoutPreemptively(LIMIT, () -> {
            try (TaskRunner runner = create(PARALLELISM)) {
                TaskFailedException thrown = assertThrows(TaskFailedException.class, () -> runner.run(tasks));
                int next = Math.min(4, batchSize());
                long[] after = runner.run(batch(workload, next));
                assertEquals(next, after.length, "the runner keeps serving after a failed task");
                return thrown;
            }
        });
        assertTrue(failure.getMessage().contains("task #3"), failure.getMessage());
        assertEquals(3, failure.task().index());
    }

    @ParameterizedTest
    @EnumSource(value = Workload.class, names = {"CPU", "IO_SLEEP", "IO_SOCKET"})
    void aStreamThroughABoundedWindowMatchesSequential(Workload workload) {
        List<TaskSpec> tasks = batch(workload, 3 * batchSize());
        long[] expected = runWith(Strategy.SEQUENTIAL, tasks);
        int window = Math.max(2, batchSize() / 2);
        Map<Integer, Long> checksums = assertTimeoutPreemptively(LIMIT, () -> {
            Map<Integer, Long> seen = new ConcurrentHashMap<>();
            AtomicInteger calls = new AtomicInteger();
            AtomicInteger overWindow = new AtomicInteger();
            AtomicReference<TaskFailedException> failed = new AtomicReference<>();
            Semaphore free = new Semaphore(window);
            AtomicInteger inFlight = new AtomicInteger();
            try (TaskRunner runner = create(PARALLELISM)) {
                for (TaskSpec task : tasks) {
                    free.acquire();
                    if (inFlight.incrementAndGet() > window) {
                        overWindow.incrementAndGet();
                    }
                    runner.submit(task, (t, checksum, failure) -> {
                        calls.incrementAndGet();
                        if (failure != null) {
                            failed.compareAndSet(null, failure);
                        }
                        seen.put(t.index(), checksum);
                        inFlight.decrementAndGet();
                        free.release();
                    });
                }
                free.acquire(window);
            }
            assertEquals(null, failed.get());
            assertEquals(tasks.size(), calls.get(), "one completion per task");
            assertEquals(0, overWindow.get());
            return seen;
        });
        for (TaskSpec task : tasks) {
            assertEquals(expected[task.index()], checksums.get(task.index()), task.describe());
        }
    }

    @Test
    void aStreamedFailureNamesItsTaskAndTheOthersComplete() {
        List<TaskSpec> tasks = new ArrayList<>(batch(Workload.CPU, Math.max(4, batchSize())));
        tasks.set(2, tasks.get(2).withFault(Fault.THROW));
        Map<Integer, TaskFailedException> failures = new ConcurrentHashMap<>();
        CountDownLatch left = new CountDownLatch(tasks.size());
        assertTimeoutPreemptively(LIMIT, () -> {
            try (TaskRunner runner = create(PARALLELISM)) {
                for (TaskSpec task : tasks) {
                    runner.submit(task, (t, checksum, failure) -> {
                        if (failure != null) {
                            failures.put(t.index(), failure);
                        }
                        left.countDown();
                    });
                }
                left.await();
            }
        });
        assertEquals(Set.of(2), failures.keySet());
        assertEquals(2, failures.get(2).task().index());
        assertTrue(failures.get(2).getMessage().contains("task #2"), failures.get(2).getMessage());
    }

    @Test
    void closeWithTasksInFlightLeavesNoThreadOrChildBehind() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        Set<Long> childrenBefore = children();
        try (TaskRunner runner = create(PARALLELISM)) {
            for (TaskSpec task : TaskSpec.batch(Workload.IO_SLEEP, PARALLELISM, Grain.NONE, 100_000, 0)) {
                runner.submit(task, (t, checksum, failure) -> { });
            }
        }
        assertNoThreadLeft(before);
        Set<Long> left = children();
        left.removeAll(childrenBefore);
        for (long pid : left) {
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(5, TimeUnit.SECONDS).join());
        }
        left.removeIf(pid -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        assertEquals(Set.of(), left, "child processes left after close");
    }

    private static Set<Long> children() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toCollection(HashSet::new));
    }

    /** Tasks in the in-flight test; child-JVM-per-task strategies may use fewer, at least 2 x parallelism. */
    protected int socketBatchSize() {
        return 32;
    }

    @Test
    void keepsTheExpectedNumberOfSocketTasksInFlight() throws Exception {
        EchoServer server = context.ownedServer().orElseThrow();
        List<TaskSpec> tasks = TaskSpec.batch(Workload.IO_SOCKET, socketBatchSize(), Grain.NONE, 200_000, 0);
        try (TaskRunner runner = create(PARALLELISM)) {
            runner.run(tasks.subList(0, 1));
            server.resetMaxInFlight();
            runner.run(tasks);
        }
        assertInFlight(tasks.size(), PARALLELISM, server.maxInFlight());
    }

    /** Checks the most socket tasks the server saw at once; exact by default. */
    protected void assertInFlight(int batch, int parallelism, int observed) {
        assertEquals(expectedInFlight(batch, parallelism), observed);
    }

    @Test
    void closeLeavesNoThreadBehind() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        try (TaskRunner runner = create(PARALLELISM)) {
            runner.run(batch(Workload.CPU, batchSize()));
            runner.run(batch(Workload.IO_SLEEP, batchSize()));
        }
        assertNoThreadLeft(before);
    }

    private static void assertNoThreadLeft(Set<Thread> before) throws InterruptedException {
        List<Thread> left = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (!before.contains(t) && t.getName().startsWith("tvp-")) {
                t.join(Duration.ofSeconds(5));
                if (t.isAlive()) {
                    left.add(t);
                }
            }
            assertTrue(before.contains(t) || t.isDaemon() || !t.isAlive(), "non-daemon thread left: " + t);
        }
        assertEquals(List.of(), left, "threads left after close");
    }

    /** The sharing modes this strategy may use, each run by {@link #sharedStateEqualsSequential}. */
    Stream<Sharing> validSharingModes() {
        return strategy().sharingModes().stream();
    }

    /** The modes it must refuse. */
    Stream<Sharing> invalidSharingModes() {
        return EnumSet.complementOf(EnumSet.copyOf(strategy().sharingModes())).stream();
    }

    @ParameterizedTest
    @MethodSource("validSharingModes")
    void sharedStateEqualsSequential(Sharing mode) throws Exception {
        List<TaskSpec> tasks = TaskSpec.batch(Workload.SHARED_STATE, batchSize(), Grain.parse("1us"), 0, 0, 1);
        long[] expectedState;
        long[] expected;
        try (TaskContext confined = TaskContext.local(Sharing.CONFINED);
             TaskRunner sequential = Strategy.SEQUENTIAL.create(new RunnerConfig(1, confined))) {
            expected = sequential.run(tasks);
            expectedState = confined.state().snapshot();
        }
        assertEquals(batchSize(), expectedState[0], "SEQUENTIAL counts one update per task");
        try (TaskContext shared = TaskContext.local(mode)) {
            assertTimeoutPreemptively(LIMIT, () -> {
                try (TaskRunner runner = create(PARALLELISM, shared)) {
                    for (int round = 0; round < 2; round++) {
                        shared.state().reset();
                        assertArrayEquals(expected, runner.run(tasks));
                        if (mode.shares()) {
                            assertArrayEquals(expectedState, shared.state().snapshot(),
                                    strategy() + " sharing by " + mode + ", batch " + round);
                        }
                    }
                }
            });
        }
    }

    @ParameterizedTest
    @MethodSource("invalidSharingModes")
    void refusesASharingModeItCannotUse(Sharing mode) {
        try (TaskContext shared = TaskContext.local(mode)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> strategy().create(new RunnerConfig(PARALLELISM, shared)));
            assertEquals("strategy " + strategy() + " cannot share state by " + mode + "; its sharing modes are "
                    + strategy().sharingModes(), e.getMessage());
        }
    }

    @Test
    void rejectsNonPositiveParallelism() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> strategy().create(new RunnerConfig(0, context)));
        assertTrue(e.getMessage().contains("parallelism"), e.getMessage());
    }

    private long[] runWith(Strategy reference, List<TaskSpec> tasks) {
        try (TaskRunner runner = reference.create(new RunnerConfig(1, context))) {
            return runner.run(tasks);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
