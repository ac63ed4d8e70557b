package io.tvpbench.strategy;

/** PROCESS_POOL keeps the strategy contract: same checksums as SEQUENTIAL, named failures, nothing left behind. */
class ProcessPoolRunnerIT extends TaskRunnerContract {
    @Override
    protected Strategy strategy() {
        return Strategy.PROCESS_POOL;
    }

    @Override
    protected int expectedInFlight(int batch, int parallelism) {
        return parallelism;
    }

    @Override
    protected int batchSize() {
        return 8;
    }
}
