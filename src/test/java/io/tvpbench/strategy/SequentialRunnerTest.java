package io.tvpbench.strategy;

class SequentialRunnerTest extends TaskRunnerContract {
    @Override
    protected Strategy strategy() {
        return Strategy.SEQUENTIAL;
    }

    @Override
    protected int expectedInFlight(int batch, int parallelism) {
        return 1;
    }
}
