package io.tvpbench.strategy;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PROCESS_PER_TASK keeps the strategy contract with small batches, since every task starts a JVM. Children
 * become ready at scattered times, so the in-flight check is the bound: never more than {@code parallelism}.
 */
class ProcessPerTaskRunnerIT extends TaskRunnerContract {
    @Override
    protected Strategy strategy() {
        return Strategy.PROCESS_PER_TASK;
    }

    @Override
    protected int expectedInFlight(int batch, int parallelism) {
        return Math.min(batch, parallelism);
    }

    @Override
    protected int batchSize() {
        return 2;
    }

    @Override
    protected int socketBatchSize() {
        return 2 * PARALLELISM;
    }

    @Override
    protected void assertInFlight(int batch, int parallelism, int observed) {
        assertTrue(observed >= 1 && observed <= expectedInFlight(batch, parallelism),
                "socket tasks in flight: " + observed + ", allowed 1.." + expectedInFlight(batch, parallelism));
    }
}
