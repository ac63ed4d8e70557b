package io.tvpbench.bench;

import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.strategy.TaskRunner;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    void windowsRefillAsDocumented() {
        assertEquals(new Window(1000, 990), Window.concurrency(1000));
        assertEquals(new Window(100, 99), Window.concurrency(100));
        assertEquals(new Window(256, 128), Window.queue(256));
        assertThrows(IllegalArgumentException.class, () -> new Window(0, 0));
    }
}
