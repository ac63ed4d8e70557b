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
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every {@link TaskRunner} keeps, whatever runs the tasks: the same checksums as SEQUENTIAL for
 * every workload, a failing task named in the error without a hang, and no thread left behind on close.
 * One subclass per strategy.
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
