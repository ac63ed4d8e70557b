package io.tvpbench.strategy;

class ForkJoinRunnerTest extends TaskRunnerContract {
    @Override
    protected Strategy strategy() {
        return Strategy.FORK_JOIN;
    }

    @Override
    protected int expectedInFlight(int batch, int parallelism) {
        return parallelism;
    }
}
