package io.tvpbench.strategy;

class AsyncRunnerTest extends TaskRunnerContract {
    @Override
    protected Strategy strategy() {
        return Strategy.ASYNC;
    }

    @Override
    protected int expectedInFlight(int batch, int parallelism) {
        return batch;
    }
}
