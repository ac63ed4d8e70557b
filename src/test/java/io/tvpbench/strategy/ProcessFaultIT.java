package io.tvpbench.strategy;

import io.tvpbench.worker.ChildJvmOptions;
import io.tvpbench.worker.WorkerStartException;
import io.tvpbench.workload.EchoServer;
import io.tvpbench.workload.Fault;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Child JVMs that crash, exit, hang or write garbage: each time the task fails naming the child's pid and the
 * cause, the pool replaces the child and keeps serving, and close() leaves no child process behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessFaultIT {

    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final ChildJvmOptions OPTIONS = ChildJvmOptions.defaults().withTaskTimeout(Duration.ofSeconds(1));

    private TaskContext context;

    @BeforeAll
    void startContext() {
        context = TaskContext.local();
    }

    @AfterAll
    void stopContext() {
        context.close();
    }

    private ProcessPoolRunner pool(int parallelism) {
        return (ProcessPoolRunner) Strategy.PROCESS_POOL.create(new RunnerConfig(parallelism, context, OPTIONS));
    }

    private static List<TaskSpec> cpuBatch(int count) {
        return TaskSpec.batch(Workload.CPU, count, Grain.parse("10us"), 0, 0);
    }

    private long[] sequential(List<TaskSpec> tasks) throws InterruptedException {
        try (TaskRunner runner = Strategy.SEQUENTIAL.create(new RunnerConfig(1, context))) {
            return runner.run(tasks);
        }
    }

    /**
     * Runs a batch with {@code fault} in task #1 (its reply read by a reader thread) and then in task #3 (the
     * batch's last, run by the caller itself) through a pool of two, and checks each failure, the replacement
     * of the lost child, that the pool still computes correct checksums, and that close kills every child.
     */
    private TaskFailedException faultyBatch(Fault fault, boolean childLost) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            Set<Long> seen = new HashSet<>();
            TaskFailedException failure = null;
            try (ProcessPoolRunner pool = pool(2)) {
                for (int faulty : new int[] {1, 3}) {
                    List<Long> before = pool.pids();
                    seen.addAll(before);
                    List<TaskSpec> tasks = new ArrayList<>(cpuBatch(4));
                    tasks.set(faulty, tasks.get(faulty).withFault(fault));
                    TaskFailedException thrown = assertThrows(TaskFailedException.class, () -> pool.run(tasks));
                    assertEquals(faulty, thrown.task().index());
                    assertTrue(before.stream().anyMatch(pid -> thrown.getMessage().contains("worker pid " + pid)),
                            "names one of " + before + ": " + thrown.getMessage());

                    List<TaskSpec> next = cpuBatch(6);
                    assertArrayEquals(sequential(next), pool.run(next), "the pool keeps serving");
                    List<Long> after = pool.pids();
                    seen.addAll(after);
                    assertEquals(2, after.size());
                    assertEquals(childLost ? 1 : 2, after.stream().filter(before::contains).count(),
                            "children kept after " + fault + ": before " + before + ", after " + after);
                    failure = thrown;
                }
            }
            assertNoneAlive(seen);
            return failure;
        });
    }

    static void assertNoneAlive(Set<Long> pids) {
        List<Long> alive = pids.stream().filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .toList();
        assertEquals(List.of(), alive, "child processes left behind");
    }

    @Test
    void aThrowingTaskFailsButItsChildStays() {
        TaskFailedException e = faultyBatch(Fault.THROW, false);
        assertTrue(e.getMessage().contains("TaskFault") && e.getMessage().contains("injected failure"), e.getMessage());
    }

    @Test
    void aChildThatExitsMidTaskIsReplaced() {
        TaskFailedException e = faultyBatch(Fault.EXIT, true);
        assertTrue(e.getMessage().contains("exited with code 42 during the task"), e.getMessage());
    }

    @Test
    void aHangingChildIsKilledAtTheTaskTimeout() {
        TaskFailedException e = faultyBatch(Fault.HANG, true);
        assertTrue(e.getMessage().contains("timed out after 1000 ms"), e.getMessage());
    }

    @Test
    void aChildWritingGarbageIsKilledWithAProtocolError() {
        TaskFailedException e = faultyBatch(Fault.GARBAGE, true);
        assertTrue(e.getMessage().contains("protocol error: bad frame"), e.getMessage());
    }

    /**
     * One child, chunks of 2, 3 messages deep: while task #0 hangs, #1 goes out alone (the child holds less than a
     * chunk), #2 waits for #3 to make a full chunk, and the rest wait for room. The hang's kill fails exactly the
     * four tasks the child held, naming the cause; the other six run on the replacement, chunked.
     */
    @Test
    void aChildLostMidPipelineFailsExactlyTheTasksItHeld() {
        assertEquals(Set.of(0, 1, 2, 3), failedInPipeline(1, new Pipeline(2, 3), 0));
    }

    /**
     * Two children, chunks of 8, one message each: #0 and #1 hang, one per child, and #2 to #9 queue. Once both
     * are killed, the first replacement's chunk is half the queue, #2 to #5, not all eight, so the other child gets
     * the rest: #2 hangs too, and its kill fails those four alone.
     */
    @Test
    void aShortQueueIsSharedBetweenTheChildren() {
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), failedInPipeline(2, new Pipeline(8, 1), 0, 1, 2));
    }

    /**
     * Submits ten CPU tasks, those at {@code hanging} made to hang, to a pool of {@code children} fed by
     * {@code pipeline}, one by one as a caller would; checks that each failure names the task timeout and every
     * other task has SEQUENTIAL's checksum, that no child is left, and returns the failed tasks' indices.
     */
    private Set<Integer> failedInPipeline(int children, Pipeline pipeline, int... hanging) {
        List<TaskSpec> tasks = new ArrayList<>(cpuBatch(10));
        for (int i : hanging) {
            tasks.set(i, tasks.get(i).withFault(Fault.HANG));
        }
        return assertTimeoutPreemptively(LIMIT, () -> {
            long[] expected = sequential(cpuBatch(10));
            Map<Integer, Long> checksums = new ConcurrentHashMap<>();
            Map<Integer, String> failures = new ConcurrentHashMap<>();
            CountDownLatch done = new CountDownLatch(tasks.size());
            Set<Long> seen = new HashSet<>();
            try (ProcessPoolRunner pool = (ProcessPoolRunner) Strategy.PROCESS_POOL.create(
                    new RunnerConfig(children, context, OPTIONS, pipeline))) {
                seen.addAll(pool.pids());
                for (TaskSpec task : tasks) {
                    pool.submit(task, (t, checksum, failure) -> {
                        if (failure == null) {
                            checksums.put(t.index(), checksum);
                        } else {
                            failures.put(t.index(), failure.getMessage());
                        }
                        done.countDown();
                    });
                }
                done.await();
                seen.addAll(pool.pids());
            }
            failures.values().forEach(m -> assertTrue(m.contains("timed out after 1000 ms"), m));
            checksums.forEach((i, checksum) -> assertEquals(expected[i], checksum, "task " + i));
            assertNoneAlive(seen);
            return failures.keySet();
        });
    }

    @Test
    void aChildKilledWithSignal9MidTaskFailsItsTask() throws Exception {
        EchoServer server = context.ownedServer().orElseThrow();
        assertTimeoutPreemptively(LIMIT, () -> {
            Set<Long> seen = new HashSet<>();
            try (ProcessPoolRunner pool = pool(1)) {
                long pid = pool.pids().getFirst();
                seen.add(pid);
                List<TaskSpec> slow = TaskSpec.batch(Workload.IO_SOCKET, 1, Grain.NONE, 30_000_000, 0);
                server.resetMaxInFlight();
                CompletableFuture<long[]> running = CompletableFuture.supplyAsync(uncheck(() -> pool.run(slow)));
                while (server.maxInFlight() == 0) {
                    Thread.onSpinWait();
                }
                assertTrue(ProcessHandle.of(pid).orElseThrow().destroyForcibly());
                ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(20, TimeUnit.SECONDS));
                TaskFailedException failure = assertInstanceOf(TaskFailedException.class, e.getCause());
                assertTrue(failure.getMessage().contains("worker pid " + pid + " exited with code 137"),
                        failure.getMessage());
                List<TaskSpec> next = cpuBatch(2);
                assertArrayEquals(sequential(next), pool.run(next));
                seen.addAll(pool.pids());
            }
            assertNoneAlive(seen);
        });
    }

    @Test
    void aPerTaskChildThatExitsIsNamed() {
        List<TaskSpec> tasks = new ArrayList<>(cpuBatch(2));
        tasks.set(0, tasks.get(0).withFault(Fault.EXIT));
        TaskFailedException e = assertTimeoutPreemptively(LIMIT, () -> {
            try (TaskRunner runner = Strategy.PROCESS_PER_TASK.create(new RunnerConfig(2, context, OPTIONS))) {
                return assertThrows(TaskFailedException.class, () -> runner.run(tasks));
            }
        });
        assertTrue(e.getMessage().matches("task #0 .*worker pid \\d+ exited with code 42 during the task.*"),
                e.getMessage());
    }

    @Test
    void aChildThatCannotStartGivesOneClearErrorWithItsStderr() {
        ChildJvmOptions bad = OPTIONS.withJvmOptions(List.of("-XX:+NoSuchTvpOption"));
        WorkerStartException e = assertThrows(WorkerStartException.class,
                () -> Strategy.PROCESS_POOL.create(new RunnerConfig(2, context, bad)));
        assertTrue(e.getMessage().contains("failed to start: exited with code 1"), e.getMessage());
        assertTrue(e.getMessage().contains("Unrecognized VM option 'NoSuchTvpOption'"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void aChildThatNeverBecomesReadyIsKilledAtTheStartTimeout(@TempDir Path dir) {
        ChildJvmOptions paused = OPTIONS.withStartTimeout(Duration.ofMillis(300)).withJvmOptions(List.of(
                "-XX:+UnlockDiagnosticVMOptions", "-XX:+PauseAtStartup", "-XX:PauseAtStartupFile=" + dir.resolve("pause")));
        WorkerStartException e = assertTimeoutPreemptively(LIMIT, () -> assertThrows(WorkerStartException.class,
                () -> Strategy.PROCESS_POOL.create(new RunnerConfig(1, context, paused))));
        assertTrue(e.getMessage().contains("did not become ready within 300 ms"), e.getMessage());
        assertNoneAlive(Set.of(e.pid()));
    }

    private static <T> Supplier<T> uncheck(Callable<T> call) {
        return () -> {
            try {
                return call.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        };
    }
}
