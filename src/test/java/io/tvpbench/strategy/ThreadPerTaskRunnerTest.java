package io.tvpbench.strategy;

class ThreadPerTaskRunnerTest extends TaskRunnerContract {
    @Override
    protected Strategy strategy() {
        return Strategy.THREAD_PER_TASK;
    }

    @Override
    protected int expectedInFlight(int batch, int parallelism) {
        return batch;
    }
}
