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
    void digestsTheBatchChecksums() throws InterruptedException {
        long[] expected = VerifiedBatches.reference(batch, context);
        long xor = 0;
        for (long checksum : expected) {
            xor ^= checksum;
        }
        try (VerifiedBatches batches = VerifiedBatches.start(Strategy.FIXED_POOL, new RunnerConfig(2, context), batch)) {
            assertEquals(xor, batches.run());
        }
    }

    @Test
    void aStrategyThatComputesGarbageFailsLoudly() {
        long[] expected = VerifiedBatches.reference(batch, context);
        TaskRunner broken = new TaskRunner() {
            @Override
            public void submit(TaskSpec task, Completion done) {
                done.done(task, task.index() == 4 ? 42 : expected[task.index()], null);
            }

            @Override
            public void close() {
            }
        };
        try (VerifiedBatches batches = new VerifiedBatches("BROKEN", broken, batch, expected)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, batches::run);
            assertTrue(e.getMessage().startsWith("BROKEN computed a wrong checksum for task #4"), e.getMessage());
        }
    }
}
