package io.tvpbench.strategy;

class FixedPoolRunnerTest extends TaskRunnerContract {
    @Override
    protected Strategy strategy() {
        return Strategy.FIXED_POOL;
    }

    @Override
    protected int expectedInFlight(int batch, int parallelism) {
        return parallelism;
    }
}
