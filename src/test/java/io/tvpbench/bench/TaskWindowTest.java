package io.tvpbench.bench;

import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.strategy.TaskRunner;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.SharedState;
import io.tvpbench.workload.Sharing;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaskWindowTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final TaskContext context = TaskContext.local();

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void cyclesThroughTheTasksNeverExceedingTheWindow() {
        List<TaskSpec> tasks = TaskSpec.batch(Workload.CPU, 10, Grain.parse("1us"), 0, 0);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        TaskRunner pool = Strategy.FIXED_POOL.create(new RunnerConfig(2, context));
        TaskRunner counting = new TaskRunner() {
            @Override
            public void submit(TaskSpec task, Completion done) throws InterruptedException {
                most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                pool.submit(task, (t, checksum, failure) -> {
                    inFlight.decrementAndGet();
                    done.done(t, checksum, failure);
                });
            }

            @Override
            public void close() {
                pool.close();
            }
        };
        List<Integer> submitted = new ArrayList<>();
        assertTimeoutPreemptively(LIMIT, () -> {
            try (TaskWindow window = new TaskWindow("FIXED_POOL", counting, tasks,
                    VerifiedBatches.reference(tasks, context), new Window(4, 2))) {
                for (int i = 0; i < 1000; i++) {
                    submitted.add(window.submitNext());
                }
            }
        });
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1), submitted.subList(0, 12));
        assertTrue(most.get() <= 4, "at most 4 tasks in flight, saw " + most.get());
    }

    @Test
    void fillTopsTheWindowUpAndItNeverDrainsBetweenInvocations() {
        List<TaskSpec> sleeps = TaskSpec.batch(Workload.IO_SLEEP, 100, Grain.NONE, 50_000, 0);
        Window window = Window.concurrency(50);
        assertTimeoutPreemptively(LIMIT, () -> {
            try (TaskWindow stream = TaskWindow.start(Strategy.VIRTUAL, new RunnerConfig(2, context), sleeps, window)) {
                stream.fill();
                assertEquals(50, stream.inFlight());
                Set<Integer> seen = new HashSet<>();
                for (int i = 0; i < 200; i++) {
                    seen.add(stream.submitNext());
                    assertTrue(stream.inFlight() > 0, "an invocation returns with its task still in flight");
                }
                assertEquals(100, seen.size());
                stream.fill();
                assertEquals(50, stream.inFlight());
            }
        });
    }

    /**
     * JMH counts invocations: submissions. An iteration ends in the invocation that a refill wake-up lets
     * through, so it must begin at the level that invocation leaves, or it misses the tasks it never refilled.
     */
    @Test
    void anIterationEndingOnARefillCountsExactlyTheTasksItCompleted() {
        List<TaskSpec> tasks = TaskSpec.batch(Workload.CPU, 10, Grain.parse("1us"), 0, 0);
        long[] expected = VerifiedBatches.reference(tasks, context);
        Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
        Window shape = new Window(8, 4);
        AtomicBoolean iterationOver = new AtomicBoolean();
        AtomicInteger submitted = new AtomicInteger();
        int completed = 0;
        try (TaskWindow window = new TaskWindow("MANUAL", manual(pending, expected), tasks, expected, shape)) {
            Thread driver = Thread.ofPlatform().unstarted(() -> {
                try {
                    window.fill();
                    do {
                        window.submitNext();
                        submitted.incrementAndGet();
                    } while (!iterationOver.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            long deadline = System.nanoTime() + LIMIT.toNanos();
            driver.start();
            while (driver.isAlive()) {
                while (driver.isAlive() && !(driver.getState() == Thread.State.WAITING && window.inFlight() > shape.refillAt())) {
                    assertTrue(System.nanoTime() < deadline, "the driver neither parked with no refill due nor ended");
                    Thread.onSpinWait();
                }
                if (driver.isAlive()) {
                    pending.remove().run();
                    completed++;
                    iterationOver.set(completed >= 30);
                }
            }
        }
        assertEquals(completed, submitted.get(), "submissions counted against tasks completed in the iteration");
    }

    /** A driver that got to submit late (say, behind the GIL) ends low; the next iteration must begin as low. */
    @Test
    void fillReplacesOnlyTheTasksThatCompletedSinceTheLastSubmission() throws InterruptedException {
        List<TaskSpec> tasks = TaskSpec.batch(Workload.CPU, 10, Grain.parse("1us"), 0, 0);
        long[] expected = VerifiedBatches.reference(tasks, context);
        Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
        try (TaskWindow window = new TaskWindow("MANUAL", manual(pending, expected), tasks, expected, new Window(8, 4))) {
            window.fill();
            assertEquals(5, window.inFlight(), "the first fill stops one past the refill point");
            for (int i = 0; i < 4; i++) {
                pending.remove().run();
            }
            window.submitNext();
            assertEquals(2, window.inFlight());
            pending.remove().run();
            window.fill();
            assertEquals(2, window.inFlight(), "the level the last submission left");
        }
    }

    @Test
    void aWrongChecksumFailsTheNextInvocationNamingTheTask() {
        List<TaskSpec> tasks = TaskSpec.batch(Workload.CPU, 8, Grain.parse("1us"), 0, 0);
        long[] expected = VerifiedBatches.reference(tasks, context);
        TaskRunner broken = new TaskRunner() {
            @Override
            public void submit(TaskSpec task, Completion done) {
                done.done(task, task.index() == 3 ? 42 : expected[task.index()], null);
            }

            @Override
            public void close() {
            }
        };
        try (TaskWindow window = new TaskWindow("BROKEN", broken, tasks, expected, new Window(2, 1))) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
                for (int i = 0; i < tasks.size(); i++) {
                    window.submitNext();
                }
            });
            assertTrue(e.getMessage().contains("BROKEN computed a wrong checksum for task #3"), e.getMessage());
        }
    }

    @Test
    void aDrainedWindowsSharedStateHoldsExactlyItsCompletedTasksUpdates() {
        List<TaskSpec> shared = TaskSpec.batch(Workload.SHARED_STATE, 10, Grain.parse("1us"), 0, 0, 2);
        assertTimeoutPreemptively(LIMIT, () -> {
            try (TaskContext atomic = TaskContext.local(Sharing.ATOMIC);
                 TaskWindow window = TaskWindow.start(Strategy.FIXED_POOL, new RunnerConfig(2, atomic), shared,
                         new Window(4, 2))) {
                for (int i = 0; i < 25; i++) {
                    window.submitNext();
                }
                window.drain();
                assertEquals(0, window.inFlight());
                assertEquals(12, atomic.state().snapshot()[0], "tasks #1, #3, #5, #7, #9 twice, then #1 and #3");
            }
        });
    }

    @Test
    void withoutSharedStateTheDrainGivesUpOnTasksThatNeverEndAfterItsLimit() {
        List<TaskSpec> tasks = TaskSpec.batch(Workload.CPU, 4, Grain.parse("1us"), 0, 0);
        long[] expected = VerifiedBatches.reference(tasks, context);
        Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
        assertTimeoutPreemptively(LIMIT, () -> {
            try (TaskWindow window = new TaskWindow("STUCK", manual(pending, expected), tasks, expected, new Window(4, 2))) {
                window.submitNext();
                window.submitNext();
                pending.remove().run();
                long start = System.nanoTime();
                window.drain();
                assertTrue(System.nanoTime() - start >= TaskWindow.DRAIN_LIMIT_NANOS, "waited for the last task first");
                assertEquals(1, window.inFlight(), "the task that never ended is left to close()");
            }
        });
    }

    @Test
    void aPlantedExtraUpdateIsCaughtWhenTheWindowDrains() {
        List<TaskSpec> shared = TaskSpec.batch(Workload.SHARED_STATE, 10, Grain.parse("1us"), 0, 0, 2);
        assertTimeoutPreemptively(LIMIT, () -> {
            try (TaskContext atomic = TaskContext.local(Sharing.ATOMIC)) {
                TaskRunner pool = Strategy.FIXED_POOL.create(new RunnerConfig(2, atomic));
                TaskRunner planting = new TaskRunner() {
                    @Override
                    public void submit(TaskSpec task, Completion done) throws InterruptedException {
                        pool.submit(task, (t, checksum, failure) -> {
                            if (t.index() == 4) {
                                atomic.state().add(SharedState.key(checksum), checksum);
                            }
                            done.done(t, checksum, failure);
                        });
                    }

                    @Override
                    public void close() {
                        pool.close();
                    }
                };
                try (TaskWindow window = new TaskWindow("PLANTED", planting, shared,
                        VerifiedBatches.reference(shared, atomic), new Window(4, 2), atomic.state())) {
                    for (int i = 0; i < shared.size(); i++) {
                        window.submitNext();
                    }
                    IllegalStateException e = assertThrows(IllegalStateException.class, window::drain);
                    assertTrue(e.getMessage().startsWith(
                            "PLANTED left a wrong shared state: update counter is 6, its completed tasks made 5"),
                            e.getMessage());
                }
            }
        });
    }

    @Test
    void aSharingModeTheStrategyCannotUseIsRefusedBeforeAnythingRuns() {
        List<TaskSpec> shared = TaskSpec.batch(Workload.SHARED_STATE, 4, Grain.parse("1us"), 0, 0, 1);
        try (TaskContext shm = TaskContext.local(Sharing.SHM_ATOMIC)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TaskWindow.start(Strategy.VIRTUAL, new RunnerConfig(2, shm), shared, new Window(2, 1)));
            assertTrue(e.getMessage().startsWith("strategy VIRTUAL cannot share state by SHM_ATOMIC"), e.getMessage());
            assertEquals(0, shm.state().snapshot()[0], "the reference run updates nothing");
        }
    }

    @Test
    void windowsRefillAsDocumented() {
        assertEquals(new Window(1000, 990), Window.concurrency(1000));
        assertEquals(new Window(100, 99), Window.concurrency(100));
        assertEquals(new Window(256, 128), Window.queue(256));
        assertThrows(IllegalArgumentException.class, () -> new Window(0, 0));
    }

    @Test
    void theWindowCyclesThroughFewTasksEachInFlightOnceAndEveryUpdateRateExact() throws NoSuchFieldException {
        assertEquals(100, ThroughputBase.distinctTasks(4), "the per-task window");
        assertEquals(300, ThroughputBase.distinctTasks(256), "a queue: no more than the window needs");
        assertEquals(1000, ThroughputBase.distinctTasks(1000));
        for (String updateEvery : SharedStateThroughputBenchmark.class.getField("updateEvery")
                .getAnnotation(Param.class).value()) {
            for (int window : new int[] {4, 64, 256, 1000}) {
                assertEquals(0, ThroughputBase.distinctTasks(window) % Integer.parseInt(updateEvery),
                        "updateEvery " + updateEvery + " over a cycle of " + ThroughputBase.distinctTasks(window));
            }
        }
    }

    /** A runner whose tasks complete, with the right checksum, only when the test runs what it queued. */
    private static TaskRunner manual(Queue<Runnable> pending, long[] expected) {
        return new TaskRunner() {
            @Override
            public void submit(TaskSpec task, Completion done) {
                pending.add(() -> done.done(task, expected[task.index()], null));
            }

            @Override
            public void close() {
            }
        };
    }
}
