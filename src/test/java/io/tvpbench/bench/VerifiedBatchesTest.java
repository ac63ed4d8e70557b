package io.tvpbench.bench;

import io.tvpbench.strategy.RunnerConfig;
import io.tvpbench.strategy.Strategy;
import io.tvpbench.strategy.TaskRunner;
import io.tvpbench.workload.Grain;
import io.tvpbench.workload.Sharing;
import io.tvpbench.workload.TaskContext;
import io.tvpbench.workload.TaskSpec;
import io.tvpbench.workload.Workload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedBatchesTest {

    private final TaskContext context = TaskContext.local();
    private final List<TaskSpec> batch = TaskSpec.batch(Workload.CPU, 10, Grain.parse("1us"), 0, 0);

    @AfterEach
    void closeContext() {
        context.close();
    }

    @Test
    void runsTheBatchInWavesOfAtMostInFlightTasks() throws InterruptedException {
        long[] expected = VerifiedBatches.reference(batch, context);
        List<Integer> waveSizes = new ArrayList<>();
        TaskRunner sequential = Strategy.SEQUENTIAL.create(new RunnerConfig(1, context));
        try (VerifiedBatches batches = new VerifiedBatches("recording", recording(sequential, waveSizes), batch, 4, expected)) {
            long digest = batches.run();
            long xor = 0;
            for (long checksum : expected) {
                xor ^= checksum;
            }
            assertEquals(xor, digest);
        }
        assertEquals(List.of(4, 4, 2), waveSizes);
    }

    @Test
    void aStrategyThatComputesGarbageFailsLoudly() {
        long[] expected = VerifiedBatches.reference(batch, context);
        TaskRunner broken = new TaskRunner() {
            @Override
            public long[] run(List<TaskSpec> tasks) {
                long[] sums = new long[tasks.size()];
                sums[tasks.size() - 1] = 42;
                return sums;
            }

            @Override
            public void close() {
            }
        };
        try (VerifiedBatches batches = new VerifiedBatches("BROKEN", broken, batch, 10, expected)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, batches::run);
            assertTrue(e.getMessage().startsWith("BROKEN computed a wrong checksum for task #0"), e.getMessage());
        }
    }

    @Test
    void aFinalStateThatDiffersFromSequentialsFailsLoudly() throws InterruptedException {
        List<TaskSpec> shared = TaskSpec.batch(Workload.SHARED_STATE, 10, Grain.parse("1us"), 0, 0, 2);
        try (TaskContext atomic = TaskContext.local(Sharing.ATOMIC);
             VerifiedBatches batches = VerifiedBatches.start(Strategy.FIXED_POOL, new RunnerConfig(2, atomic), shared, 10)) {
            batches.run();
            batches.run();
            TaskRunner losesAnUpdate = new TaskRunner() {
                @Override
                public long[] run(List<TaskSpec> tasks) throws InterruptedException {
                    try (TaskRunner pool = Strategy.FIXED_POOL.create(new RunnerConfig(2, atomic))) {
                        long[] checksums = pool.run(tasks);
                        atomic.state().add(3, 1);
                        return checksums;
                    }
                }

                @Override
                public void close() {
                }
            };
            VerifiedBatches.Reference reference = VerifiedBatches.reference(shared, context, true);
            assertEquals(5, reference.state()[0], "every second of 10 tasks updates");
            try (VerifiedBatches broken = new VerifiedBatches("LOSSY", losesAnUpdate, shared, 10, reference, atomic.state())) {
                IllegalStateException e = assertThrows(IllegalStateException.class, broken::run);
                assertTrue(e.getMessage().startsWith("LOSSY left a wrong final state: update counter is 6"), e.getMessage());
            }
        }
    }

    @Test
    void anInvalidPairIsRefusedBeforeAnythingRuns() {
        List<TaskSpec> shared = TaskSpec.batch(Workload.SHARED_STATE, 4, Grain.parse("1us"), 0, 0, 1);
        try (TaskContext shm = TaskContext.local(Sharing.SHM_ATOMIC)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VerifiedBatches.start(Strategy.VIRTUAL, new RunnerConfig(2, shm), shared, 4));
            assertTrue(e.getMessage().startsWith("strategy VIRTUAL cannot share state by SHM_ATOMIC"), e.getMessage());
        }
    }

    @Test
    void everyInJvmStrategyMatchesTheReferenceOnBlockingWork() throws InterruptedException {
        List<TaskSpec> sockets = TaskSpec.batch(Workload.IO_SOCKET, 8, Grain.NONE, 1000, 0);
        for (Strategy strategy : List.of(Strategy.THREAD_PER_TASK, Strategy.FIXED_POOL, Strategy.VIRTUAL, Strategy.ASYNC)) {
            try (VerifiedBatches batches = VerifiedBatches.start(strategy, new RunnerConfig(2, context), sockets, 4)) {
                batches.run();
            }
        }
    }

    @Test
    void rejectsAnInFlightLimitOutsideTheBatch() {
        long[] expected = new long[batch.size()];
        TaskRunner sequential = Strategy.SEQUENTIAL.create(new RunnerConfig(1, context));
        assertThrows(IllegalArgumentException.class, () -> new VerifiedBatches("x", sequential, batch, 0, expected));
        assertThrows(IllegalArgumentException.class, () -> new VerifiedBatches("x", sequential, batch, 11, expected));
    }

    private static TaskRunner recording(TaskRunner delegate, List<Integer> waveSizes) {
        return new TaskRunner() {
            @Override
            public long[] run(List<TaskSpec> tasks) throws InterruptedException {
                waveSizes.add(tasks.size());
                return delegate.run(tasks);
            }

            @Override
            public void close() {
                delegate.close();
            }
        };
    }
}
