package io.tvpbench.strategy;

class VirtualRunnerTest extends TaskRunnerContract {
    @Override
    protected Strategy strategy() {
        return Strategy.VIRTUAL;
    }

    @Override
    protected int expectedInFlight(int batch, int parallelism) {
        return batch;
    }
}
